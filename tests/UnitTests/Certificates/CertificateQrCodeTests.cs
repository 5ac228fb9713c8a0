using Mooc.Certificates;
using Mooc.TestSupport;

namespace Mooc.UnitTests.Certificates;

/// <summary>The QR code, rasterised as a printer or screen would show it, decodes to the verification URL.</summary>
public sealed class CertificateQrCodeTests
{
    [Fact]
    public void RenderedPage_ShouldHoldAQrCodeOfTheVerificationUrl()
    {
        var pdf = new CertificatePdfRenderer().Render(SampleCertificates.Standard());

        using var page = PdfPageImage.Render(pdf, dpi: 150);

        Assert.Equal(SampleCertificates.VerificationUrl, QrImageReader.Decode(page));
    }
}
