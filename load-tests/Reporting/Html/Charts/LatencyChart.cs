using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>
/// p50, p99 and max acknowledgement latency per second. The axis fits p99 and the max of 95 % of the seconds; when the
/// highest max would flatten the other lines (more than twice that axis), spikes run along the top edge with markers
/// and their peak in the legend.
/// </summary>
public static class LatencyChart
{
    public const string Title = "Answer acknowledgement latency over time";

    public static string? Render(IReadOnlyList<TimelinePoint> timeline)
    {
        var answered = timeline.Where(p => p.Answers > 0).ToList();
        if (answered.Count == 0)
        {
            return null;
        }

        var p50 = Downsampler.Reduce(answered.Select(p => new ChartPoint(p.Second, p.AckP50Ms)), Aggregate.Mean);
        var p99 = Downsampler.Reduce(answered.Select(p => new ChartPoint(p.Second, p.AckP99Ms)), Aggregate.Max);
        var max = Downsampler.Reduce(answered.Select(p => new ChartPoint(p.Second, p.AckMaxMs)), Aggregate.Max);
        var body = NiceScale.For(Math.Max(Peak(p50, p99), Typical(max)) * 1.1).Max;
        var peak = Peak(max);
        return new LineChart
        {
            Title = Title,
            Description = $"Per second over {answered.Count} seconds with answers: highest p99 {HtmlText.Number(Peak(p99))} ms, highest max {HtmlText.Number(peak)} ms.",
            LeftTitle = "Latency (ms)",
            LeftUnit = "ms",
            LeftMax = peak <= 2 * body ? Math.Max(body, peak) : body,
            Series =
            [
                new ChartSeries("p50", Palette.Blue, p50),
                new ChartSeries("p99", Palette.Orange, p99),
                new ChartSeries("max", Palette.Red, max, Dashed: true),
            ],
        }.Render();
    }

    /// <summary>The value 95 % of the points stay at or below.</summary>
    private static double Typical(IReadOnlyList<ChartPoint> series)
    {
        var sorted = series.Select(p => p.Y).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Floor((sorted.Count - 1) * 0.95)];
    }

    private static double Peak(params IReadOnlyList<ChartPoint>[] series) => series.SelectMany(s => s).Select(p => p.Y).DefaultIfEmpty(0).Max();
}
