using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>The acknowledgement latency buckets as equal-width bars (the buckets are log-spaced), empty buckets at either end left out.</summary>
public static class AckHistogramChart
{
    public const string Title = "Acknowledgement latency histogram";

    public static string? Render(IReadOnlyList<HistogramBucket> histogram)
    {
        var all = histogram.ToList();
        var first = all.FindIndex(b => b.Count > 0);
        if (first < 0)
        {
            return null;
        }

        var buckets = all.GetRange(first, all.FindLastIndex(b => b.Count > 0) - first + 1);
        var total = buckets.Sum(b => b.Count);
        return new BarChart
        {
            Title = Title,
            Description = $"{HtmlText.Number(total)} acknowledgements in {buckets.Count} log-spaced latency ranges.",
            XTitle = "Acknowledgement latency range (log-spaced buckets)",
            YTitle = "Acknowledgements",
            SeriesName = "Acknowledgements per latency range",
            Bars = [.. buckets.Select(b => new ChartBar(Range(b), b.Count, $"{Range(b)}: {Format.Count(b.Count)} ({Share(b.Count, total)})"))],
        }.Render();
    }

    /// <summary>"1–2 ms"; an open-ended last bucket reads "≥ 1,024 ms".</summary>
    public static string Range(HistogramBucket bucket) => double.IsFinite(bucket.ToMs) && bucket.ToMs < double.MaxValue
        ? $"{HtmlText.Number(bucket.FromMs)}–{HtmlText.Number(bucket.ToMs)} ms"
        : $"≥ {HtmlText.Number(bucket.FromMs)} ms";

    private static string Share(long count, long total) => total > 0 ? $"{HtmlText.OneDecimal(count * 100.0 / total)} %" : "0 %";
}
