using System.Net;
using System.Text.RegularExpressions;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>Reads hidden fields and data attributes out of server-rendered pages, as a browser would use them.</summary>
public static partial class HtmlForm
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The value of the first hidden input named <paramref name="name"/> at or after <paramref name="from"/>, or null.</summary>
    public static string? Hidden(string html, string name, int from = 0)
    {
        foreach (Match input in InputTag().Matches(html, Math.Max(0, from)))
        {
            if (Attribute(input.Value, "name") == name)
            {
                return WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? string.Empty);
            }
        }

        return null;
    }

    /// <summary>The anti-forgery token of <c>form[data-antiforgery-form]</c>, else the page's first one.</summary>
    public static string? AntiforgeryToken(string html)
    {
        var form = html.IndexOf("data-antiforgery-form", StringComparison.Ordinal);
        return (form >= 0 ? Hidden(html, TokenField, form) : null) ?? Hidden(html, TokenField);
    }

    /// <summary>Material ids listed on the learning page (<c>data-material-id</c>), in page order, without repeats.</summary>
    public static IReadOnlyList<string> MaterialIds(string html) =>
        [.. MaterialId().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct(StringComparer.Ordinal)];

    private static string? Attribute(string tag, string attribute)
    {
        var match = Regex.Match(tag, $@"\s{Regex.Escape(attribute)}=""([^""]*)""");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex(@"data-material-id=""([^""]+)""")]
    private static partial Regex MaterialId();
}
