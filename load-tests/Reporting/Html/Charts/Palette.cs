namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Line and bar colours that stay apart on screen and in print.</summary>
public static class Palette
{
    public const string Blue = "#0969da";
    public const string Orange = "#d4760a";
    public const string Red = "#cf222e";
    public const string Green = "#1a7f37";
    public const string Purple = "#8250df";
    public const string Grey = "#6e7781";

    private static readonly string[] Series = [Blue, Orange, Green, Purple, "#bf3989", "#1b7c83", "#953800", Grey];

    /// <summary>The colour of the i-th of several peer lines, e.g. one per process kind.</summary>
    public static string At(int index) => Series[index % Series.Length];
}
