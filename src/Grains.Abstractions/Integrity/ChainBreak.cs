namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>How a stored stream fails its hash chain, at the first event that fails it.</summary>
public enum ChainBreak
{
    /// <summary>The chain holds from the first event to the last.</summary>
    None = 0,

    /// <summary>The event's content (or its type) no longer gives the digest stored with it: it was changed after it was written.</summary>
    ContentAltered = 1,

    /// <summary>The event was written on another predecessor: an event before it was removed, inserted, reordered or rewritten.</summary>
    LinkBroken = 2,

    /// <summary>The stream skips a version before this event: an event was deleted.</summary>
    EventMissing = 3,

    /// <summary>The event carries no digest (stored before chaining began, or its headers were removed).</summary>
    Unchained = 4,

    /// <summary>The certificate event records another digest than the chain had when it was issued.</summary>
    CertificateMismatch = 5,
}
