namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Axis lines, grid lines, tick labels and axis titles around a chart's plot area.</summary>
public static class ChartAxes
{
    /// <summary>The left value axis, with a horizontal grid line per tick across the plot.</summary>
    public static void Left(SvgWriter svg, ChartLayout layout, AxisScale axis, string title)
    {
        foreach (var tick in axis.Ticks())
        {
            var y = layout.Y(axis, tick);
            svg.Line(layout.PlotLeft, y, layout.PlotRight, y, "gridline");
            svg.Text(layout.PlotLeft - 6, y, HtmlText.Number(tick), "end", middle: true);
        }

        svg.Line(layout.PlotLeft, layout.PlotTop, layout.PlotLeft, layout.PlotBottom, "axis");
        svg.Text(16, layout.PlotTop + (layout.PlotHeight / 2), title, "middle", "axis-title", -90);
    }

    /// <summary>A second value axis on the right for lines in another unit; its ticks have no grid lines.</summary>
    public static void Right(SvgWriter svg, ChartLayout layout, AxisScale axis, string title)
    {
        foreach (var tick in axis.Ticks())
        {
            var y = layout.Y(axis, tick);
            svg.Line(layout.PlotRight, y, layout.PlotRight + 4, y, "axis");
            svg.Text(layout.PlotRight + 7, y, HtmlText.Number(tick), middle: true);
        }

        svg.Line(layout.PlotRight, layout.PlotTop, layout.PlotRight, layout.PlotBottom, "axis");
        svg.Text(layout.Width - 14, layout.PlotTop + (layout.PlotHeight / 2), title, "middle", "axis-title", 90);
    }

    /// <summary>The time axis along the bottom.</summary>
    public static void BottomSeconds(SvgWriter svg, ChartLayout layout, AxisScale axis)
    {
        foreach (var tick in axis.Ticks())
        {
            var x = layout.X(axis, tick);
            svg.Line(x, layout.PlotBottom, x, layout.PlotBottom + 4, "axis");
            svg.Text(x, layout.PlotBottom + 17, NiceScale.SecondsLabel(tick, axis), "middle");
        }

        svg.Line(layout.PlotLeft, layout.PlotBottom, layout.PlotRight, layout.PlotBottom, "axis");
        svg.Text(layout.PlotLeft + (layout.PlotWidth / 2), layout.Height - 8, NiceScale.SecondsTitle(axis), "middle", "axis-title");
    }
}
