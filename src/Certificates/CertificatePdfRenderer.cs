using Mooc.Certificates.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mooc.Certificates;

/// <summary>
/// Renders a certificate as one A4 landscape PDF page. Each call builds its own document, so one renderer may serve
/// concurrent calls.
/// </summary>
public sealed class CertificatePdfRenderer
{
    private static readonly XSize A4Landscape = new(XUnit.FromMillimeter(297).Point, XUnit.FromMillimeter(210).Point);
    private const double ContentRight = 776;

    /// <summary>Registers the fonts from <paramref name="fontFolder"/> (see <see cref="CertificateFonts.Register"/>).</summary>
    public CertificatePdfRenderer(string fontFolder = CertificateFonts.DefaultFolder) =>
        CertificateFonts.Register(fontFolder);

    public byte[] Render(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = new PdfDocument();
        document.Info.Title = $"Sertifikat {content.Number}";
        document.Info.Author = "BPSDM Kementerian Imigrasi dan Pemasyarakatan";
        document.Info.Subject = content.TrainingTitle;
        document.Info.CreationDate = content.IssuedAt.UtcDateTime;
        document.Options.CompressContentStreams = true;

        var page = document.AddPage();
        page.Width = XUnit.FromPoint(A4Landscape.Width);
        page.Height = XUnit.FromPoint(A4Landscape.Height);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            CertificateFrame.Draw(gfx, A4Landscape);
            CertificateBody.Draw(gfx, A4Landscape, content);
            var signatureCentre = ContentRight - SignatureBlock.Width / 2;
            SignatureBlock.Draw(gfx, signatureCentre, content.Signatory, content.PassedOn);
            VerificationBlock.Draw(gfx, content.VerificationUrl, signatureCentre - SignatureBlock.Width / 2 - 16, content.AttemptDigest);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
