namespace Mooc.LoadTests.Certificates;

/// <summary>Per-certificate render times of one phase (ms, exact nearest-rank percentiles) and its throughput.</summary>
public sealed record RenderTimings(string Phase, int Workers, int Count, double P50, double P90, double P99,
    double Max, double PerSecond, long AverageBytes)
{
    public static RenderTimings From(string phase, int workers, IReadOnlyCollection<double> milliseconds,
        TimeSpan wall, long totalBytes)
    {
        var sorted = milliseconds.Order().ToArray();
        return new RenderTimings(phase, workers, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 90),
            Percentile(sorted, 99), sorted[^1], sorted.Length / wall.TotalSeconds, totalBytes / sorted.Length);
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
