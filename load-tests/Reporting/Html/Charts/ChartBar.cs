namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: its axis label, height and hover text.</summary>
public sealed record ChartBar(string Label, double Value, string Tooltip);
