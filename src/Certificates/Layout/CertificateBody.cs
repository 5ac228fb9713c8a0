using Mooc.Certificates.Fonts;
using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>The centred part of the certificate: header, title, number, recipient, training and result.</summary>
internal static class CertificateBody
{
    private const double NameWidth = 640;
    private const double TitleWidth = 620;
    private const int TitleMaxLines = 3;
    private const double TitleLineFactor = 1.24;
    private const double FlowTop = 125;
    private const double FlowBottom = 418;

    public static void Draw(XGraphics gfx, XSize page, CertificateContent content)
    {
        var centre = page.Width / 2;
        DrawHeader(gfx, centre);

        var text = CertificatePalette.TextBrush;
        var navy = CertificatePalette.NavyBrush;
        var flow = new BodyFlow();
        flow.Add("SERTIFIKAT", CertificateFontSet.SerifBold(38), navy, 38);
        flow.Add($"Nomor: {content.Number}", CertificateFontSet.Sans(10.5), text, 21);

        flow.Add("diberikan kepada", CertificateFontSet.SerifItalic(12.5), text, 30, stretch: true);
        var nameFont = TextFitter.FitLine(gfx, content.ParticipantName, CertificateFontSet.SerifBold, 26, NameWidth);
        var ruleWidth = Math.Clamp(gfx.MeasureString(content.ParticipantName, nameFont).Width + 40, 320, NameWidth + 20);
        flow.Add(content.ParticipantName, nameFont, navy, 32, rule: (g, baseline) => g.DrawLine(
            new XPen(CertificatePalette.Gold, 0.9), centre - ruleWidth / 2, baseline + 10, centre + ruleWidth / 2,
            baseline + 10));
        if (!string.IsNullOrWhiteSpace(content.Nip))
        {
            flow.Add($"NIP {content.Nip}", CertificateFontSet.Sans(11), text, 28);
        }

        flow.Add("yang telah mengikuti dan dinyatakan LULUS pada pelatihan", CertificateFontSet.Serif(12.5), text, 28,
            stretch: true);
        var (titleFont, titleLines) = TextFitter.FitWrapped(
            gfx, content.TrainingTitle, CertificateFontSet.SerifBold, 17, TitleWidth, TitleMaxLines);
        for (var i = 0; i < titleLines.Count; i++)
        {
            flow.Add(titleLines[i], titleFont, navy, i == 0 ? 26 : titleFont.Size * TitleLineFactor);
        }

        flow.Add($"sebanyak {content.LessonHours} Jam Pelajaran (JP) dengan nilai ujian akhir {content.Score}",
            CertificateFontSet.Serif(12.5), text, 25, stretch: true);
        flow.Add($"Tanggal kelulusan: {IndonesianDate.Format(content.PassedOn)}", CertificateFontSet.Serif(12.5),
            text, 19);
        flow.Draw(gfx, centre, FlowTop, FlowBottom, maxExtraPerGap: 12);
    }

    private static void DrawHeader(XGraphics gfx, double centre)
    {
        var navy = CertificatePalette.NavyBrush;
        gfx.DrawString("BADAN PENGEMBANGAN SUMBER DAYA MANUSIA", CertificateFontSet.SerifBold(14.5), navy,
            centre, 72, XStringFormats.BaseLineCenter);
        gfx.DrawString("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", CertificateFontSet.SerifBold(11),
            navy, centre, 90, XStringFormats.BaseLineCenter);
        gfx.DrawString("MOOC BPSDM Kementerian Imigrasi dan Pemasyarakatan", CertificateFontSet.Sans(8.5),
            CertificatePalette.MutedBrush, centre, 105, XStringFormats.BaseLineCenter);

        // Two gold rules with a diamond between them close the header.
        const double y = 117;
        const double halfWidth = 120;
        var pen = new XPen(CertificatePalette.Gold, 1);
        gfx.DrawLine(pen, centre - halfWidth, y, centre - 9, y);
        gfx.DrawLine(pen, centre + 9, y, centre + halfWidth, y);
        gfx.DrawPolygon(CertificatePalette.GoldBrush, CertificateFrame.Diamond(centre, y, 4), XFillMode.Winding);
    }
}
