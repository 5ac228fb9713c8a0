using SkiaSharp;

namespace Mooc.WebFrontend.Accounts.Captcha;

/// <summary>
/// Draws a challenge as a PNG: jittered, rotated characters over noise. One instance per process; the typeface
/// is shared (read-only) and every render uses its own surface, paint and font, so renders may run in parallel.
/// </summary>
public sealed class CaptchaImageRenderer : IDisposable
{
    public const int Width = 180;
    public const int Height = 60;

    /// <summary>
    /// Font files, first found wins. SkiaSharp's NoDependencies build has no fontconfig, so a family name
    /// would silently give an empty typeface; a file always works.
    /// </summary>
    public static readonly IReadOnlyList<string> FontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    ];

    public static readonly string MissingFontMessage =
        $"No font for the captcha image was found (looked for {string.Join(", ", FontFiles)}). Install the Debian package fonts-dejavu-core.";

    private const float Margin = 10;
    private const float MaxFontSize = 38;

    /// <summary>Space between glyphs, in em: room for their rotation.</summary>
    private const float Gap = 0.14f;

    // Dark inks on a light ground keep the code readable; the noise is mid-tone so it never hides a glyph.
    private static readonly SKColor[] Inks =
    [
        new(0x1F, 0x3A, 0x93), new(0x0B, 0x5D, 0x3B), new(0x8B, 0x1E, 0x3F), new(0x4A, 0x23, 0x7A), new(0x33, 0x33, 0x33), new(0x7A, 0x3E, 0x00),
    ];

    private readonly SKTypeface _typeface;

    public CaptchaImageRenderer()
    {
        var file = FindFontFile(FontFiles) ?? throw new InvalidOperationException(MissingFontMessage);
        _typeface = SKTypeface.FromFile(file)
            ?? throw new InvalidOperationException($"The captcha font {file} cannot be read. Reinstall the Debian package fonts-dejavu-core.");
    }

    public static string? FindFontFile(IEnumerable<string> candidates) => candidates.FirstOrDefault(File.Exists);

    /// <summary>Renders <paramref name="code"/>; the same code and seed give the same picture.</summary>
    public byte[] RenderPng(string code, int noiseSeed)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        var random = new Random(noiseSeed);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor((byte)random.Next(238, 250), (byte)random.Next(238, 250), (byte)random.Next(238, 250)));

        DrawCurves(canvas, random, count: 4, strokeWidth: 1.6f, alpha: 150);
        DrawDots(canvas, random, count: 140);
        DrawCode(canvas, code, random);
        DrawCurves(canvas, random, count: 2, strokeWidth: 1.1f, alpha: 120);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public void Dispose() => _typeface.Dispose();

    private void DrawCode(SKCanvas canvas, string code, Random random)
    {
        // Lay glyphs out by their own widths (a W is twice an I), at the largest size that fits, so none overlaps its neighbour.
        using var font = new SKFont(_typeface, 100) { Edging = SKFontEdging.Antialias };
        var widths = code.Select(c => font.MeasureText(c.ToString(), (SKPaint?)null)).ToArray();
        var naturalWidth = widths.Sum() + (Gap * 100 * (code.Length - 1));
        var scale = Math.Min(MaxFontSize, 100 * (Width - (2 * Margin)) / naturalWidth) / 100;
        font.Size = 100 * scale;

        // Capital letters and digits stand about 0.73 em tall; rotating around the glyph's middle keeps it inside the image.
        var halfCap = font.Size * 0.36f;
        var x = (Width - (naturalWidth * scale)) / 2;
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < code.Length; i++)
        {
            var width = widths[i] * scale;
            paint.Color = Inks[random.Next(Inks.Length)];
            canvas.Save();
            canvas.Translate(x + (width / 2) + Jitter(random, 2), (Height / 2f) + Jitter(random, 5));
            canvas.RotateDegrees(Jitter(random, 18));
            canvas.DrawText(code[i].ToString(), 0, halfCap, SKTextAlign.Center, font, paint);
            canvas.Restore();
            x += width + (Gap * font.Size);
        }
    }

    private static void DrawCurves(SKCanvas canvas, Random random, int count, float strokeWidth, byte alpha)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = strokeWidth };
        for (var i = 0; i < count; i++)
        {
            paint.Color = MidTone(random, alpha);
            using var builder = new SKPathBuilder();
            builder.MoveTo(0, random.Next(Height));
            builder.CubicTo(Width / 3f, random.Next(Height), 2 * Width / 3f, random.Next(Height), Width, random.Next(Height));
            using var path = builder.Detach();
            canvas.DrawPath(path, paint);
        }
    }

    private static void DrawDots(SKCanvas canvas, Random random, int count)
    {
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < count; i++)
        {
            paint.Color = MidTone(random, 170);
            canvas.DrawCircle(random.Next(Width), random.Next(Height), 0.6f + (random.NextSingle() * 0.9f), paint);
        }
    }

    private static SKColor MidTone(Random random, byte alpha) =>
        new((byte)random.Next(90, 190), (byte)random.Next(90, 190), (byte)random.Next(90, 190), alpha);

    private static float Jitter(Random random, float amplitude) => ((random.NextSingle() * 2) - 1) * amplitude;
}
