using System.Net;
using System.Text.RegularExpressions;

namespace Mooc.TestSupport;

/// <summary>Reads hidden fields (anti-forgery token, captcha id) out of a server-rendered page, as a browser would submit them.</summary>
public static partial class HtmlForm
{
    public static string Hidden(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") == name)
            {
                return WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
            }
        }

        throw new InvalidOperationException($"No input named '{name}' in the page.");
    }

    private static string? Attribute(string tag, string attribute)
    {
        var match = Regex.Match(tag, $@"\s{Regex.Escape(attribute)}=""([^""]*)""");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();
}
