namespace Mooc.Silo.EventStore;

/// <summary>An event as stored: its position in its stream, its global sequence and the server's time of the append.</summary>
/// <param name="TypeName">The stored type name (<c>answer_selected</c>), as operators see it in <c>mooc.mt_events</c>.</param>
/// <param name="PreviousDigest">The chain digest the event was appended on; null for an event stored before chaining.</param>
/// <param name="Digest">The event's own chain digest; null for an event stored before chaining.</param>
public sealed record RecordedEvent(long Version, long Sequence, DateTimeOffset Timestamp, object Data,
    string TypeName = "", string? PreviousDigest = null, string? Digest = null);
