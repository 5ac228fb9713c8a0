using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Reporting.Progress;

/// <summary>What the progress display shows at one moment; percentiles are cumulative, the rate is since the last sample.</summary>
public sealed record ProgressSnapshot(
    TimeSpan Elapsed,
    TimeSpan Duration,
    long ActiveUsers,
    int Users,
    double RequestsPerSecond,
    long Requests,
    long Errors,
    IReadOnlyList<MeasureReport> Measures)
{
    public PercentileSummary this[string name] =>
        Measures.FirstOrDefault(m => m.Name == name)?.Summary ?? PercentileSummary.Empty;
}
