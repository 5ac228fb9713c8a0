namespace Mooc.Silo.EventStore;

/// <summary>An append was refused because the stream is no longer at the version the writer expected; nothing was stored.</summary>
public sealed class StreamVersionConflictException(string streamKey, long expectedVersion, Exception? inner = null)
    : Exception($"Stream '{streamKey}' is not at the expected version {expectedVersion}; the append was refused.", inner)
{
    public string StreamKey { get; } = streamKey;

    public long ExpectedVersion { get; } = expectedVersion;
}
