using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Integrity;

/// <summary>
/// Recomputes a stored stream's hash chain (<see cref="EventChain"/>) from its first event and stops at the first
/// that does not hold: a version skipped, a missing digest, content that no longer gives its digest, a predecessor
/// that is not the one it was written on, or a certificate recording another digest than the chain had.
/// </summary>
public static class EventChainVerifier
{
    public static ChainVerdict Verify(string streamKey, IReadOnlyList<RecordedEvent> events)
    {
        var previous = EventChain.Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var broken = Check(streamKey, e, i + 1, previous);
            if (broken != ChainBreak.None)
            {
                return new ChainVerdict(events.Count, broken, e.Version, e.TypeName, events[^1].Digest);
            }

            previous = e.Digest!;
        }

        return new ChainVerdict(events.Count, ChainBreak.None, null, null, events.Count == 0 ? null : events[^1].Digest);
    }

    private static ChainBreak Check(string streamKey, RecordedEvent e, long expectedVersion, string previous)
    {
        if (e.Version != expectedVersion)
        {
            return ChainBreak.EventMissing;
        }

        if (e.Digest is null || e.PreviousDigest is null)
        {
            return ChainBreak.Unchained;
        }

        if (!string.Equals(EventChain.Digest(e.PreviousDigest, streamKey, e.Version, e.Data), e.Digest, StringComparison.Ordinal))
        {
            return ChainBreak.ContentAltered;
        }

        if (!string.Equals(e.PreviousDigest, previous, StringComparison.Ordinal))
        {
            return ChainBreak.LinkBroken;
        }

        return e.Data is CertificateIssued { AttemptDigest: { } printed } && !string.Equals(printed, previous, StringComparison.Ordinal)
            ? ChainBreak.CertificateMismatch
            : ChainBreak.None;
    }
}
