using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Acknowledged answers (and errors, when any) per second on the left axis; active and connected users on the right.</summary>
public static class ThroughputChart
{
    public const string Title = "Answers per second";

    public static string? Render(IReadOnlyList<TimelinePoint> timeline)
    {
        if (timeline.Count == 0)
        {
            return null;
        }

        var series = new List<ChartSeries> { new("Answers/s", Palette.Blue, Line(timeline, p => p.Answers)) };
        if (timeline.Any(p => p.Errors > 0))
        {
            series.Add(new ChartSeries("Errors/s", Palette.Red, Line(timeline, p => p.Errors)));
        }

        if (timeline.Any(p => p.ActiveUsers > 0))
        {
            series.Add(new ChartSeries("Active users", Palette.Green, Line(timeline, p => p.ActiveUsers), RightAxis: true));
        }

        if (timeline.Any(p => p.ConnectedUsers > 0))
        {
            series.Add(new ChartSeries("Connected users", Palette.Purple, Line(timeline, p => p.ConnectedUsers), RightAxis: true, Dashed: true));
        }

        return new LineChart
        {
            Title = Title,
            Description = $"Per second over {timeline.Count} seconds: at most {HtmlText.Number(timeline.Max(p => p.Answers))} answers in a second, "
                + $"up to {HtmlText.Number(timeline.Max(p => p.ActiveUsers))} active users.",
            LeftTitle = "Per second",
            RightTitle = "Users",
            Series = series,
        }.Render();
    }

    private static IReadOnlyList<ChartPoint> Line(IReadOnlyList<TimelinePoint> timeline, Func<TimelinePoint, long> value) =>
        Downsampler.Reduce(timeline.Select(p => new ChartPoint(p.Second, value(p))), Aggregate.Mean);
}
