namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Round axis ranges: value axes step by 1-2-5, time axes by whole seconds and minutes.</summary>
public static class NiceScale
{
    private static readonly double[] Mantissas = [1, 2, 5, 10];

    private static readonly int[] SecondSteps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200, 14400, 28800, 86400];

    /// <summary>The smallest 1-2-5 step that covers <paramref name="dataMax"/> in at most <paramref name="maxTicks"/> steps; the axis ends on a step.</summary>
    public static AxisScale For(double dataMax, int maxTicks = 6)
    {
        var max = double.IsFinite(dataMax) && dataMax > 0 ? dataMax : 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max / maxTicks)));
        foreach (var mantissa in Mantissas)
        {
            var step = mantissa * magnitude;
            var steps = Math.Ceiling((max / step) - 1e-9);
            if (steps <= maxTicks)
            {
                return new AxisScale(steps * step, step);
            }
        }

        return new AxisScale(max, max);
    }

    /// <summary>A time axis ending exactly at the last second (no empty tail), ticks on round seconds or minutes.</summary>
    public static AxisScale ForSeconds(double lastSecond, int maxTicks = 10)
    {
        var max = double.IsFinite(lastSecond) && lastSecond > 1 ? lastSecond : 1;
        var step = SecondSteps.FirstOrDefault(s => max / s <= maxTicks, SecondSteps[^1]);
        return new AxisScale(max, step);
    }

    /// <summary>Time tick text: seconds for short runs, m:ss once the axis passes two minutes.</summary>
    public static string SecondsLabel(double seconds, AxisScale axis) => axis.Max >= 120
        ? $"{(int)(seconds / 60)}:{(int)(seconds % 60):00}"
        : HtmlText.Number(seconds);

    public static string SecondsTitle(AxisScale axis) => axis.Max >= 120 ? "Time since the load started (m:ss)" : "Time since the load started (s)";
}
