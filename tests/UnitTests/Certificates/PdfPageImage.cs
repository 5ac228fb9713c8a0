using System.Diagnostics;
using SkiaSharp;

namespace Mooc.UnitTests.Certificates;

/// <summary>
/// Rasterises a PDF's first page with poppler's pdftoppm (Debian poppler-utils), the way a reader would see it.
/// A missing pdftoppm fails the test: a QR test that silently skips would prove nothing.
/// </summary>
internal static class PdfPageImage
{
    private const string Pdftoppm = "/usr/bin/pdftoppm";

    public static SKBitmap Render(byte[] pdf, int dpi)
    {
        Assert.True(File.Exists(Pdftoppm),
            $"{Pdftoppm} is missing: install Debian's poppler-utils (apt-get install poppler-utils) to run this test.");
        var folder = Directory.CreateTempSubdirectory("mooc-cert-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo(Pdftoppm)
            {
                ArgumentList = { "-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-singlefile", input, Path.Combine(folder.FullName, "out") },
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
            var errors = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "pdftoppm did not finish within 60 s");
            Assert.True(process.ExitCode == 0, $"pdftoppm exited with {process.ExitCode}: {errors}");
            var bitmap = SKBitmap.Decode(Path.Combine(folder.FullName, "out.png"));
            return bitmap ?? throw new InvalidOperationException("pdftoppm wrote no readable PNG");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
