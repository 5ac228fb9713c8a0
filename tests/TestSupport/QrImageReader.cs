using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Mooc.TestSupport;

/// <summary>Finds and decodes the QR code in a rendered page with ZXing.Net.</summary>
public static class QrImageReader
{
    public static string? Decode(SKBitmap bitmap)
    {
        var luminance = new byte[bitmap.Width * bitmap.Height];
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            var pixel = pixels[i];
            luminance[i] = (byte)((pixel.Red * 299 + pixel.Green * 587 + pixel.Blue * 114) / 1000);
        }

        var source = new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height,
            RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = new DecodingOptions { TryHarder = true, PossibleFormats = [BarcodeFormat.QR_CODE] },
        };
        return reader.Decode(source)?.Text;
    }
}
