using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>
/// Chooses font sizes and line breaks so that text fits its box. Text is only ever made smaller, never cut: a
/// certificate that drops part of a name or a title is worse than one with a smaller font.
/// </summary>
internal static class TextFitter
{
    private const double SizeStep = 0.5;
    private const double SmallestSize = 4;

    /// <summary>The largest font up to <paramref name="size"/> at which <paramref name="text"/> fits one line.</summary>
    public static XFont FitLine(XGraphics gfx, string text, Func<double, XFont> fontAt, double size, double maxWidth)
    {
        var font = fontAt(size);
        var width = gfx.MeasureString(text, font).Width;
        if (width <= maxWidth)
        {
            return font;
        }

        // Advance widths scale linearly with the size, so one measurement gives the size; the small margin covers
        // rounding in the font's metrics.
        var fitting = Math.Floor(size * maxWidth / width * 0.995 * 10) / 10;
        return fontAt(fitting);
    }

    /// <summary>
    /// Wraps <paramref name="text"/> at spaces into at most <paramref name="maxLines"/> lines, shrinking the font in
    /// steps from <paramref name="size"/> until every line fits <paramref name="maxWidth"/>.
    /// </summary>
    public static (XFont Font, IReadOnlyList<string> Lines) FitWrapped(
        XGraphics gfx, string text, Func<double, XFont> fontAt, double size, double maxWidth, int maxLines)
    {
        for (var current = size; ; current -= SizeStep)
        {
            var font = fontAt(current);
            var lines = Wrap(gfx, text, font, maxWidth);
            var fits = lines.Count <= maxLines && lines.All(line => gfx.MeasureString(line, font).Width <= maxWidth);
            if (fits)
            {
                return (font, Balance(gfx, text, font, lines.Count, maxWidth));
            }

            if (current - SizeStep < SmallestSize)
            {
                return (font, lines);
            }
        }
    }

    /// <summary>
    /// The same number of lines, as even as possible: the narrowest box that still needs no more lines than the greedy
    /// wrap, so a title never ends in one orphaned word.
    /// </summary>
    private static IReadOnlyList<string> Balance(XGraphics gfx, string text, XFont font, int lineCount, double maxWidth)
    {
        if (lineCount < 2)
        {
            return Wrap(gfx, text, font, maxWidth);
        }

        var (narrow, wide) = (maxWidth / lineCount, maxWidth);
        while (wide - narrow > 2)
        {
            var middle = (narrow + wide) / 2;
            if (Wrap(gfx, text, font, middle).Count <= lineCount)
            {
                wide = middle;
            }
            else
            {
                narrow = middle;
            }
        }

        return Wrap(gfx, text, font, wide);
    }

    /// <summary>Greedy word wrap; a word wider than the box stays whole on its own line.</summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double maxWidth)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in words)
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
