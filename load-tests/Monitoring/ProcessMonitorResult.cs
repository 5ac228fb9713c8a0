using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Monitoring;

/// <summary>What a <see cref="ProcessMonitor"/> measured: per kind over the run, and per kind per sample.</summary>
public sealed record ProcessMonitorResult(IReadOnlyList<ProcessUsage> Usage, IReadOnlyList<ProcessSample> Series)
{
    public static ProcessMonitorResult Empty { get; } = new([], []);
}
