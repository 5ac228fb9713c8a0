using PdfSharp.Drawing;
using QRCoder;

namespace Mooc.Certificates.Layout;

/// <summary>
/// Draws a QR code as vector shapes: every run of dark modules in a row becomes one rectangle of a single path,
/// filled at once, so no seams appear between modules when the page is rasterised or printed.
/// </summary>
internal static class QrCodeDrawer
{
    public static void Draw(XGraphics gfx, string payload, double x, double y, double size)
    {
        QRCodeData data;
        using (var generator = new QRCodeGenerator())
        {
            data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        }

        using (data)
        {
            // QRCoder's matrix already holds the four-module quiet zone on every side.
            var matrix = data.ModuleMatrix;
            var module = size / matrix.Count;
            var path = new XGraphicsPath { FillMode = XFillMode.Winding };
            for (var row = 0; row < matrix.Count; row++)
            {
                AddRow(path, matrix[row], x, y + row * module, module);
            }

            gfx.DrawRectangle(CertificatePalette.PaperBrush, x, y, size, size);
            gfx.DrawPath(CertificatePalette.QrBrush, path);
        }
    }

    private static void AddRow(XGraphicsPath path, System.Collections.BitArray row, double x, double y, double module)
    {
        var column = 0;
        while (column < row.Length)
        {
            if (!row[column])
            {
                column++;
                continue;
            }

            var start = column;
            while (column < row.Length && row[column])
            {
                column++;
            }

            path.AddRectangle(x + start * module, y, (column - start) * module, module);
        }
    }
}
