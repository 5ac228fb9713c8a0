using System.Diagnostics;
using SkiaSharp;

namespace Mooc.TestSupport;

/// <summary>
/// Rasterises a PDF's first page with poppler's pdftoppm (Debian poppler-utils), the way a reader would see it.
/// A missing pdftoppm throws, so the test fails: a QR test that silently skips would prove nothing.
/// </summary>
public static class PdfPageImage
{
    private const string Pdftoppm = "/usr/bin/pdftoppm";

    public static SKBitmap Render(byte[] pdf, int dpi)
    {
        if (!File.Exists(Pdftoppm))
        {
            throw new InvalidOperationException($"{Pdftoppm} is missing: install Debian's poppler-utils (apt-get install poppler-utils; './mooc test' does) to run this test.");
        }

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
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                throw new TimeoutException("pdftoppm did not finish within 60 s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm exited with {process.ExitCode}: {errors}");
            }

            var bitmap = SKBitmap.Decode(Path.Combine(folder.FullName, "out.png"));
            return bitmap ?? throw new InvalidOperationException("pdftoppm wrote no readable PNG");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
