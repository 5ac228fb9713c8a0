namespace Mooc.Silo.EventStore;

/// <summary>
/// The one seam between grains and the event store: every append and stream read goes through it,
/// so another store (an EventStoreDB adapter, say) can replace Marten without touching a grain.
/// Every append extends the stream's hash chain (<see cref="EventChain"/>).
/// </summary>
public interface IEventJournal
{
    /// <summary>
    /// Appends <paramref name="events"/> if the stream is exactly at <paramref name="expectedVersion"/>
    /// (0 for a stream that does not exist yet) and returns the stream's new version and chain digest.
    /// </summary>
    /// <param name="previousDigest">The chain digest at <paramref name="expectedVersion"/> when the writer knows it
    /// (a grain does); null: the journal reads it from the stream's last event.</param>
    /// <exception cref="StreamVersionConflictException">The stream moved on; nothing was appended.</exception>
    Task<StreamHead> AppendAsync(string streamKey, long expectedVersion, IReadOnlyList<object> events, string? previousDigest = null, CancellationToken cancellationToken = default);

    /// <summary>Every event of the stream in order; empty when the stream does not exist.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamKey, CancellationToken cancellationToken = default);
}
