using JasperFx;
using JasperFx.Events;
using Marten;

namespace Mooc.Silo.EventStore;

/// <summary><see cref="IEventJournal"/> on Marten's event store (quick append, string stream keys, chain digests in the event headers).</summary>
public sealed class MartenEventJournal(IDocumentStore store) : IEventJournal
{
    public async Task<StreamHead> AppendAsync(string streamKey, long expectedVersion, IReadOnlyList<object> events, string? previousDigest = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamKey);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (events.Count == 0)
        {
            throw new ArgumentException("At least one event is needed.", nameof(events));
        }

        var newVersion = expectedVersion + events.Count;
        await using var session = store.LightweightSession();
        var previous = expectedVersion == 0 ? EventChain.Genesis
            : previousDigest ?? await LastDigestAsync(session, streamKey, expectedVersion, cancellationToken);

        // Marten's expected version is the stream's version once these events are in.
        var action = expectedVersion == 0
            ? session.Events.StartStream(streamKey, events.ToArray())
            : session.Events.Append(streamKey, newVersion, events.ToArray());
        var version = expectedVersion;
        foreach (var e in action.Events)
        {
            var digest = EventChain.Digest(previous, streamKey, ++version, e.Data);
            e.SetHeader(EventChain.PreviousHeader, previous);
            e.SetHeader(EventChain.DigestHeader, digest);
            previous = digest;
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            throw new StreamVersionConflictException(streamKey, expectedVersion, ex);
        }

        return new StreamHead(newVersion, previous);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamKey, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(streamKey, token: cancellationToken);
        return events.Select(Recorded).ToList();
    }

    private static RecordedEvent Recorded(IEvent e) => new(e.Version, e.Sequence, e.Timestamp, e.Data, e.EventTypeName,
        e.GetHeader(EventChain.PreviousHeader)?.ToString(), e.GetHeader(EventChain.DigestHeader)?.ToString());

    /// <summary>
    /// The digest the stream's chain reached at <paramref name="version"/>; an event stored before chaining gives
    /// the genesis, so the chain starts afresh there (the integrity check reports the unchained part).
    /// </summary>
    private static async Task<string> LastDigestAsync(IQuerySession session, string streamKey, long version, CancellationToken cancellationToken)
    {
        var last = await session.Events.FetchStreamAsync(streamKey, version, fromVersion: version, token: cancellationToken);
        return last.Count == 0 ? EventChain.Genesis : last[^1].GetHeader(EventChain.DigestHeader)?.ToString() ?? EventChain.Genesis;
    }
}
