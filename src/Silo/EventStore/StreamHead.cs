namespace Mooc.Silo.EventStore;

/// <summary>Where a stream stands after an append: its version and the digest of its hash chain (see <see cref="EventChain"/>).</summary>
public sealed record StreamHead(long Version, string Digest);
