using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>The decorative border: a heavy navy rule, a gold rule inside it, a thin navy rule, and corner marks.</summary>
internal static class CertificateFrame
{
    public const double OuterInset = 18;
    public const double GoldInset = 27;
    public const double InnerInset = 31;

    public static void Draw(XGraphics gfx, XSize page)
    {
        gfx.DrawRectangle(CertificatePalette.PaperBrush, 0, 0, page.Width, page.Height);
        DrawInset(gfx, page, new XPen(CertificatePalette.Navy, 5), OuterInset);
        DrawInset(gfx, page, new XPen(CertificatePalette.Gold, 1.8), GoldInset);
        DrawInset(gfx, page, new XPen(CertificatePalette.Navy, 0.6), InnerInset);

        foreach (var (x, y) in Corners(page, InnerInset))
        {
            DrawCornerMark(gfx, x, y);
        }
    }

    private static void DrawInset(XGraphics gfx, XSize page, XPen pen, double inset) =>
        gfx.DrawRectangle(pen, inset, inset, page.Width - 2 * inset, page.Height - 2 * inset);

    private static IEnumerable<(double X, double Y)> Corners(XSize page, double inset)
    {
        yield return (inset, inset);
        yield return (page.Width - inset, inset);
        yield return (inset, page.Height - inset);
        yield return (page.Width - inset, page.Height - inset);
    }

    /// <summary>A gold diamond with a navy centre, sitting on the corner of the inner rule.</summary>
    private static void DrawCornerMark(XGraphics gfx, double x, double y)
    {
        gfx.DrawPolygon(CertificatePalette.GoldBrush, Diamond(x, y, 9), XFillMode.Winding);
        gfx.DrawPolygon(CertificatePalette.NavyBrush, Diamond(x, y, 3.5), XFillMode.Winding);
    }

    public static XPoint[] Diamond(double x, double y, double radius) =>
    [
        new(x, y - radius), new(x + radius, y), new(x, y + radius), new(x - radius, y),
    ];
}
