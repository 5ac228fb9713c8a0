namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>What a legend entry's swatch looks like.</summary>
public enum LegendMark
{
    Line,
    DashedLine,
    Box,
    Marker,
}
