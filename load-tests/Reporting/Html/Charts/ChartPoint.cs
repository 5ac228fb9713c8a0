namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>One data point of a line: X in seconds since the load started, Y in the series' unit.</summary>
public readonly record struct ChartPoint(double X, double Y);
