namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>One line of a <see cref="LineChart"/>; <see cref="RightAxis"/> lines are scaled against the chart's right-hand axis.</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<ChartPoint> Points, bool RightAxis = false, bool Dashed = false);
