namespace Mooc.LoadTests.Reporting.Data;

/// <summary>One process kind's CPU (percent of one core) and resident memory in one sampled second.</summary>
public sealed record ProcessSample(int Second, string Name, double CpuPercent, double RssMiB);
