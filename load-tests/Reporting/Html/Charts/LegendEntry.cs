namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>One swatch and label of a chart legend.</summary>
public sealed record LegendEntry(string Label, string Color, LegendMark Mark = LegendMark.Line);
