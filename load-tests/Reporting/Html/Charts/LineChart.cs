namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>
/// Lines over the run's time axis, with a left value axis and, when a series asks for it, a right one.
/// With <see cref="LeftMax"/> set, left values above it are drawn along the top edge and marked with a triangle.
/// </summary>
public sealed class LineChart
{
    private const double Width = 960;
    private const double PlotHeight = 220;

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string LeftTitle { get; init; }

    /// <summary>The left axis' unit, used in the "above the axis" legend entry, e.g. "ms".</summary>
    public string LeftUnit { get; init; } = string.Empty;

    public string RightTitle { get; init; } = string.Empty;

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>The value the left axis must reach at least; when set, the axis stops at the nice number above it and higher values are clipped.</summary>
    public double? LeftMax { get; init; }

    public string Render()
    {
        var left = Series.Where(s => !s.RightAxis).ToList();
        var right = Series.Where(s => s.RightAxis).ToList();
        var leftAxis = NiceScale.For(LeftMax ?? MaxY(left));
        var rightAxis = NiceScale.For(MaxY(right));
        var timeAxis = NiceScale.ForSeconds(Series.SelectMany(s => s.Points).Select(p => p.X).DefaultIfEmpty(0).Max());
        var clipped = left.Select(s => (Series: s, Peak: MaxY([s]))).Where(c => c.Peak > leftAxis.Max).ToList();

        var legend = Series.Select(s => new LegendEntry(s.RightAxis ? $"{s.Name} (right axis)" : s.Name, s.Color, s.Dashed ? LegendMark.DashedLine : LegendMark.Line))
            .Concat(clipped.Select(c => new LegendEntry($"{c.Series.Name} above the axis (peak {PeakText(c.Peak)})", c.Series.Color, LegendMark.Marker)))
            .ToList();
        var marginLeft = 64.0;
        var marginRight = right.Count > 0 ? 64.0 : 24.0;
        var top = 18 + (ChartLegend.Rows(legend, marginLeft, Width - marginRight) * ChartLegend.RowHeight) + 6;
        var layout = new ChartLayout(Width, top + PlotHeight + 44, marginLeft, marginRight, top, 44);

        var svg = new SvgWriter(layout, Title, Description);
        ChartAxes.Left(svg, layout, leftAxis, LeftTitle);
        if (right.Count > 0)
        {
            ChartAxes.Right(svg, layout, rightAxis, RightTitle);
        }

        ChartAxes.BottomSeconds(svg, layout, timeAxis);
        foreach (var series in right.Concat(left))
        {
            Draw(svg, layout, timeAxis, series.RightAxis ? rightAxis : leftAxis, series);
        }

        ChartLegend.Write(svg, legend, marginLeft, Width - marginRight, 18);
        return svg.Close();
    }

    private string PeakText(double peak) => LeftUnit.Length == 0 ? HtmlText.Number(peak) : $"{HtmlText.Number(peak)} {LeftUnit}";

    private static double MaxY(IEnumerable<ChartSeries> series) => series.SelectMany(s => s.Points).Select(p => p.Y).DefaultIfEmpty(0).Max();

    private static void Draw(SvgWriter svg, ChartLayout layout, AxisScale timeAxis, AxisScale valueAxis, ChartSeries series)
    {
        var points = series.Points.Select(p => (X: layout.X(timeAxis, p.X), Y: layout.Y(valueAxis, p.Y))).ToList();
        if (points.Count > 1)
        {
            svg.Polyline(points, series.Color, series.Dashed);
        }

        if (points.Count <= 40)
        {
            foreach (var (x, y) in points)
            {
                svg.Circle(x, y, 2.5, series.Color);
            }
        }

        var lastMarker = double.NegativeInfinity;
        foreach (var point in series.Points.Where(p => p.Y > valueAxis.Max))
        {
            var x = layout.X(timeAxis, point.X);
            if (x - lastMarker >= 6)
            {
                svg.Marker(x, layout.PlotTop - 9, series.Color);
                lastMarker = x;
            }
        }
    }
}
