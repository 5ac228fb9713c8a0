namespace Mooc.Silo.EventStore;

/// <summary>An event as stored: its position in its stream, its global sequence and the server's time of the append.</summary>
public sealed record RecordedEvent(long Version, long Sequence, DateTimeOffset Timestamp, object Data);
