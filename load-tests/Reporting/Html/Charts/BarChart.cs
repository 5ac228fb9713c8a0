namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Equal-width bars, one per category, labelled underneath; labels tilt when they are wider than a bar.</summary>
public sealed class BarChart
{
    private const double Width = 960;
    private const double PlotHeight = 220;
    private const double CharWidth = 7;
    private const double Tilt = -40;

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string XTitle { get; init; }

    public required string YTitle { get; init; }

    public required string SeriesName { get; init; }

    public string Color { get; init; } = Palette.Blue;

    public required IReadOnlyList<ChartBar> Bars { get; init; }

    public string Render()
    {
        const double left = 64;
        const double right = 24;
        const double top = 44;
        var slot = (Width - left - right) / Math.Max(1, Bars.Count);
        var labelWidth = Bars.Select(b => b.Label.Length * CharWidth).DefaultIfEmpty(0).Max();
        var tilted = labelWidth > slot - 6;
        var bottom = tilted ? 40 + (labelWidth * Math.Sin(-Tilt * Math.PI / 180)) : 44;
        var layout = new ChartLayout(Width, top + PlotHeight + bottom, left, right, top, bottom);
        var axis = NiceScale.For(Bars.Select(b => b.Value).DefaultIfEmpty(0).Max());

        var svg = new SvgWriter(layout, Title, Description);
        ChartAxes.Left(svg, layout, axis, YTitle);
        svg.Line(layout.PlotLeft, layout.PlotBottom, layout.PlotRight, layout.PlotBottom, "axis");
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var centre = layout.PlotLeft + ((i + 0.5) * slot);
            var height = bar.Value > 0 ? Math.Max(1, layout.PlotBottom - layout.Y(axis, bar.Value)) : 0;
            svg.Rect(centre - (slot * 0.4), layout.PlotBottom - height, slot * 0.8, height, Color, bar.Tooltip);
            var count = HtmlText.Number(bar.Value);
            if (bar.Value > 0 && count.Length * CharWidth <= slot - 2)
            {
                svg.Text(centre, layout.PlotBottom - height - 4, count, "middle");
            }

            if (tilted)
            {
                svg.Text(centre + 4, layout.PlotBottom + 12, bar.Label, "end", rotate: Tilt);
            }
            else
            {
                svg.Text(centre, layout.PlotBottom + 17, bar.Label, "middle");
            }
        }

        svg.Text(layout.PlotLeft + (layout.PlotWidth / 2), layout.Height - 8, XTitle, "middle", "axis-title");
        ChartLegend.Write(svg, [new LegendEntry(SeriesName, Color, LegendMark.Box)], left, Width - right, 18);
        return svg.Close();
    }
}
