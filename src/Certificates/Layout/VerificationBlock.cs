using Mooc.Certificates.Fonts;
using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>Bottom left: the QR code of the verification page and, beside it, how to use it.</summary>
internal static class VerificationBlock
{
    public const double Left = 66;
    public const double Top = 452;
    public const double QrSize = 86;
    private const double TextGap = 12;

    /// <param name="right">The x the text must stay left of (where the signature block begins).</param>
    /// <param name="attemptDigest">The exam's integrity digest, grouped; printed under the note when there is one.</param>
    public static void Draw(XGraphics gfx, string verificationUrl, double right, string? attemptDigest)
    {
        QrCodeDrawer.Draw(gfx, verificationUrl, Left, Top, QrSize);
        gfx.DrawRectangle(new XPen(CertificatePalette.Gold, 0.6), Left - 2, Top - 2, QrSize + 4, QrSize + 4);

        var textLeft = Left + QrSize + TextGap;
        var width = right - textLeft;
        var y = Top + 30;
        gfx.DrawString("Pindai untuk memeriksa keaslian", CertificateFontSet.SansBold(8.5),
            CertificatePalette.NavyBrush, textLeft, y);

        y += 12;
        var urlFont = TextFitter.FitLine(gfx, verificationUrl, CertificateFontSet.Sans, 7.5, width);
        gfx.DrawString(verificationUrl, urlFont, CertificatePalette.TextBrush, textLeft, y);

        var noteFont = CertificateFontSet.SerifItalic(8);
        y += 4;
        foreach (var line in TextFitter.Wrap(gfx,
                     "Keaslian sertifikat dapat diperiksa pada halaman verifikasi MOOC BPSDM.", noteFont, width))
        {
            y += 11;
            gfx.DrawString(line, noteFont, CertificatePalette.MutedBrush, textLeft, y);
        }

        if (attemptDigest is null)
        {
            return;
        }

        y += 13;
        gfx.DrawString("Kode keutuhan ujian", CertificateFontSet.SansBold(7), CertificatePalette.NavyBrush, textLeft, y);
        var groups = attemptDigest.Split(' ');
        var half = (groups.Length + 1) / 2;
        foreach (var line in new[] { string.Join(' ', groups.Take(half)), string.Join(' ', groups.Skip(half)) }.Where(l => l.Length > 0))
        {
            y += 9;
            gfx.DrawString(line, TextFitter.FitLine(gfx, line, CertificateFontSet.Sans, 7, width), CertificatePalette.TextBrush, textLeft, y);
        }
    }
}
