using Mooc.Certificates.Fonts;
using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>
/// Bottom right: place and date, the official's position, room for the wet signature, name and NIP. The position is
/// laid from the top and the name from the bottom, so a long position takes from the signing space, never overlaps.
/// </summary>
internal static class SignatureBlock
{
    public const double Width = 250;
    private const double Top = 446;
    private const double LastBaseline = 543;
    private const double LineStep = 14;

    /// <param name="centre">The x the block is centred on.</param>
    public static void Draw(XGraphics gfx, double centre, CertificateSignatory signatory, DateOnly date)
    {
        var text = CertificateFontSet.Serif(11);
        var y = Top;
        Centred(gfx, $"{signatory.Place}, {IndonesianDate.Format(date)}", text, centre, y);

        var (positionFont, positionLines) =
            TextFitter.FitWrapped(gfx, signatory.Position, CertificateFontSet.Serif, 11, Width, 3);
        foreach (var line in positionLines)
        {
            y += LineStep;
            Centred(gfx, line, positionFont, centre, y);
        }

        var nameBaseline = string.IsNullOrWhiteSpace(signatory.Nip) ? LastBaseline : LastBaseline - LineStep;
        var nameFont = TextFitter.FitLine(gfx, signatory.Name, CertificateFontSet.SerifBold, 11.5, Width);
        Centred(gfx, signatory.Name, nameFont, centre, nameBaseline);
        var nameWidth = gfx.MeasureString(signatory.Name, nameFont).Width;
        gfx.DrawLine(new XPen(CertificatePalette.Navy, 0.7),
            centre - nameWidth / 2, nameBaseline + 2, centre + nameWidth / 2, nameBaseline + 2);

        if (!string.IsNullOrWhiteSpace(signatory.Nip))
        {
            Centred(gfx, $"NIP {signatory.Nip}", CertificateFontSet.Serif(10.5), centre, LastBaseline);
        }
    }

    private static void Centred(XGraphics gfx, string line, XFont font, double centre, double baseline) =>
        gfx.DrawString(line, font, CertificatePalette.TextBrush, centre, baseline, XStringFormats.BaseLineCenter);
}
