using System.Globalization;
using System.Net;

namespace Mooc.LoadTests.Reporting.Html;

/// <summary>Escaping and invariant number text shared by the page and its SVG charts.</summary>
public static class HtmlText
{
    /// <summary>Every text that reaches the page goes through here.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>An SVG coordinate: one decimal keeps the file small and is finer than a pixel matters.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A tick or bucket label: thousands separated, at most three decimals.</summary>
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
