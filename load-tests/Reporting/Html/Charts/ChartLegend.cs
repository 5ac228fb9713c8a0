namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>A chart's legend: swatches and labels in rows above the plot area, wrapping when a row is full.</summary>
public static class ChartLegend
{
    public const double RowHeight = 18;

    private const double CharWidth = 6.6;
    private const double SwatchWidth = 22;
    private const double Gap = 20;

    public static int Rows(IReadOnlyList<LegendEntry> entries, double left, double right) =>
        entries.Count == 0 ? 0 : Place(entries, left, right).Max(p => p.Row) + 1;

    /// <summary>Writes the legend; row 0 is centred on <paramref name="top"/>.</summary>
    public static void Write(SvgWriter svg, IReadOnlyList<LegendEntry> entries, double left, double right, double top)
    {
        foreach (var (entry, x, row) in Place(entries, left, right))
        {
            var y = top + (row * RowHeight);
            switch (entry.Mark)
            {
                case LegendMark.Box:
                    svg.Rect(x + 5, y - 6, 12, 12, entry.Color);
                    break;
                case LegendMark.Marker:
                    svg.Marker(x + 11, y - 4, entry.Color);
                    break;
                default:
                    svg.Polyline([(x, y), (x + SwatchWidth - 4, y)], entry.Color, entry.Mark == LegendMark.DashedLine, 2.5);
                    break;
            }

            svg.Text(x + SwatchWidth, y, entry.Label, middle: true);
        }
    }

    private static List<(LegendEntry Entry, double X, int Row)> Place(IReadOnlyList<LegendEntry> entries, double left, double right)
    {
        var placed = new List<(LegendEntry, double, int)>();
        var x = left;
        var row = 0;
        foreach (var entry in entries)
        {
            var width = SwatchWidth + (entry.Label.Length * CharWidth);
            if (x > left && x + width > right)
            {
                x = left;
                row++;
            }

            placed.Add((entry, x, row));
            x += width + Gap;
        }

        return placed;
    }
}
