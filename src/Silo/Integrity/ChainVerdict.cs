using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.Silo.Integrity;

/// <summary>What recomputing a stream's hash chain found: the first event that breaks it, if any.</summary>
public sealed record ChainVerdict(int Events, ChainBreak Break, long? BrokenVersion, string? BrokenEventType, string? FinalDigest);
