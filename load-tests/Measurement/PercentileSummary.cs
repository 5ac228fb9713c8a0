using HdrHistogram;

namespace Mooc.LoadTests.Measurement;

/// <summary>Count and percentiles of one measure, converted from microseconds to milliseconds.</summary>
public sealed record PercentileSummary(long Count, double MeanMs, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs)
{
    public static PercentileSummary Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The 95th percentile (0 in reports written before it was added).</summary>
    public double P95Ms { get; init; }

    public static PercentileSummary From(HistogramBase micros) => micros.TotalCount == 0
        ? Empty
        : new(
            micros.TotalCount,
            ToMs(micros.GetMean()),
            ToMs(micros.GetValueAtPercentile(50)),
            ToMs(micros.GetValueAtPercentile(90)),
            ToMs(micros.GetValueAtPercentile(99)),
            ToMs(micros.GetValueAtPercentile(99.9)),
            ToMs(micros.GetMaxValue()))
        {
            P95Ms = ToMs(micros.GetValueAtPercentile(95)),
        };

    private static double ToMs(double micros) => Math.Round(micros / 1000.0, 3);
}
