namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>A chart's SVG size (view box units) and the margins around its plot area.</summary>
public sealed record ChartLayout(double Width, double Height, double Left, double Right, double Top, double Bottom)
{
    public double PlotLeft => Left;

    public double PlotRight => Width - Right;

    public double PlotTop => Top;

    public double PlotBottom => Height - Bottom;

    public double PlotWidth => PlotRight - PlotLeft;

    public double PlotHeight => PlotBottom - PlotTop;

    public double X(AxisScale axis, double value) => PlotLeft + (Math.Clamp(axis.Fraction(value), 0, 1) * PlotWidth);

    public double Y(AxisScale axis, double value) => PlotBottom - (Math.Clamp(axis.Fraction(value), 0, 1) * PlotHeight);
}
