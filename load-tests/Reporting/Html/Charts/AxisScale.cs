namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>An axis from 0 to <see cref="Max"/> with a tick every <see cref="Step"/>; all charted values are non-negative.</summary>
public sealed record AxisScale(double Max, double Step)
{
    public IEnumerable<double> Ticks()
    {
        for (var i = 0; i * Step <= Max + (Step * 1e-9); i++)
        {
            yield return i * Step;
        }
    }

    /// <summary>Where a value sits on the axis, 0 at the origin and 1 at <see cref="Max"/>; not clamped.</summary>
    public double Fraction(double value) => Max > 0 ? value / Max : 0;
}
