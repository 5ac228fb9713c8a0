using JasperFx;
using JasperFx.Events;
using Marten;

namespace Mooc.Silo.EventStore;

/// <summary><see cref="IEventJournal"/> on Marten's event store (quick append, string stream keys).</summary>
public sealed class MartenEventJournal(IDocumentStore store) : IEventJournal
{
    public async Task<long> AppendAsync(string streamKey, long expectedVersion, IReadOnlyList<object> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamKey);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (events.Count == 0)
        {
            throw new ArgumentException("At least one event is needed.", nameof(events));
        }

        var newVersion = expectedVersion + events.Count;
        await using var session = store.LightweightSession();
        if (expectedVersion == 0)
        {
            session.Events.StartStream(streamKey, events.ToArray());
        }
        else
        {
            // Marten's expected version is the stream's version once these events are in.
            session.Events.Append(streamKey, newVersion, events.ToArray());
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            throw new StreamVersionConflictException(streamKey, expectedVersion, ex);
        }

        return newVersion;
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamKey, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(streamKey, token: cancellationToken);
        return events.Select(e => new RecordedEvent(e.Version, e.Sequence, e.Timestamp, e.Data)).ToList();
    }
}
