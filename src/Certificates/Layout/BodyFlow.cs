using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>
/// Centred lines stacked from a top edge. Lines are collected first and drawn together, so the spare height of a
/// short title can be shared out between the sections instead of leaving a hole above the signature.
/// </summary>
internal sealed class BodyFlow
{
    private readonly List<Item> items = [];
    private int stretchableGaps;

    /// <param name="advance">Distance from the previous baseline (from the top edge for the first line).</param>
    /// <param name="stretch">Whether spare height may be added before this line (the start of a section).</param>
    /// <param name="rule">Draws something under the line, given its baseline (e.g. the rule under the name).</param>
    public void Add(string text, XFont font, XBrush brush, double advance, bool stretch = false,
        Action<XGraphics, double>? rule = null)
    {
        items.Add(new Item(text, font, brush, advance, stretch, rule));
        if (stretch)
        {
            stretchableGaps++;
        }
    }

    /// <summary>Draws the lines between <paramref name="top"/> and <paramref name="bottom"/> (last baseline).</summary>
    public void Draw(XGraphics gfx, double centre, double top, double bottom, double maxExtraPerGap)
    {
        var used = items.Sum(item => item.Advance);
        var extra = stretchableGaps == 0 ? 0 : Math.Clamp((bottom - top - used) / stretchableGaps, 0, maxExtraPerGap);
        var baseline = top;
        foreach (var item in items)
        {
            baseline += item.Advance + (item.Stretch ? extra : 0);
            gfx.DrawString(item.Text, item.Font, item.Brush, centre, baseline, XStringFormats.BaseLineCenter);
            item.Rule?.Invoke(gfx, baseline);
        }
    }

    private sealed record Item(
        string Text, XFont Font, XBrush Brush, double Advance, bool Stretch, Action<XGraphics, double>? Rule);
}
