using System.Text;
using static Mooc.LoadTests.Reporting.Html.HtmlText;

namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Writes one inline SVG element: a titled, scalable chart drawn from lines, text, polylines and rectangles.</summary>
public sealed class SvgWriter
{
    private readonly StringBuilder svg = new();

    public SvgWriter(ChartLayout layout, string title, string description)
    {
        var width = Coordinate(layout.Width);
        var height = Coordinate(layout.Height);
        svg.Append("<svg class=\"chart\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\" role=\"img\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<desc>").Append(Encode(description)).Append("</desc>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string cssClass) =>
        svg.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(Coordinate(x1)).Append("\" y1=\"").Append(Coordinate(y1))
            .Append("\" x2=\"").Append(Coordinate(x2)).Append("\" y2=\"").Append(Coordinate(y2)).Append("\" />\n");

    /// <summary>A text; <paramref name="middle"/> centres it vertically on y, <paramref name="rotate"/> turns it about (x, y) in degrees.</summary>
    public void Text(double x, double y, string text, string anchor = "start", string? cssClass = null, double rotate = 0, bool middle = false)
    {
        svg.Append("<text x=\"").Append(Coordinate(x)).Append("\" y=\"").Append(Coordinate(y)).Append('"');
        if (anchor != "start")
        {
            svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (middle)
        {
            svg.Append(" dy=\"0.35em\"");
        }

        if (cssClass is not null)
        {
            svg.Append(" class=\"").Append(cssClass).Append('"');
        }

        if (rotate != 0)
        {
            svg.Append(" transform=\"rotate(").Append(Coordinate(rotate)).Append(' ').Append(Coordinate(x)).Append(' ').Append(Coordinate(y)).Append(")\"");
        }

        svg.Append('>').Append(Encode(text)).Append("</text>\n");
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string color, bool dashed, double width = 1.6)
    {
        svg.Append("<polyline fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"").Append(Coordinate(width))
            .Append("\" stroke-linejoin=\"round\"");
        if (dashed)
        {
            svg.Append(" stroke-dasharray=\"6 4\"");
        }

        svg.Append(" points=\"");
        var first = true;
        foreach (var (x, y) in points)
        {
            svg.Append(first ? string.Empty : " ").Append(Coordinate(x)).Append(',').Append(Coordinate(y));
            first = false;
        }

        svg.Append("\" />\n");
    }

    /// <summary>A filled rectangle; a non-null <paramref name="tooltip"/> shows on hover (no script needed).</summary>
    public void Rect(double x, double y, double width, double height, string color, string? tooltip = null)
    {
        svg.Append("<rect x=\"").Append(Coordinate(x)).Append("\" y=\"").Append(Coordinate(y)).Append("\" width=\"").Append(Coordinate(width))
            .Append("\" height=\"").Append(Coordinate(height)).Append("\" fill=\"").Append(color).Append('"');
        svg.Append(tooltip is null ? " />\n" : $"><title>{Encode(tooltip)}</title></rect>\n");
    }

    public void Circle(double x, double y, double radius, string color) =>
        svg.Append("<circle cx=\"").Append(Coordinate(x)).Append("\" cy=\"").Append(Coordinate(y)).Append("\" r=\"").Append(Coordinate(radius))
            .Append("\" fill=\"").Append(color).Append("\" />\n");

    /// <summary>An upward triangle with its tip at (x, y): "this value goes on above the axis".</summary>
    public void Marker(double x, double y, string color) =>
        svg.Append("<path d=\"M").Append(Coordinate(x - 4)).Append(' ').Append(Coordinate(y + 7)).Append(" L").Append(Coordinate(x)).Append(' ')
            .Append(Coordinate(y)).Append(" L").Append(Coordinate(x + 4)).Append(' ').Append(Coordinate(y + 7)).Append(" Z\" fill=\"").Append(color)
            .Append("\" />\n");

    public string Close() => svg.Append("</svg>\n").ToString();
}
