using System.Globalization;
using System.Text;

namespace Mooc.WebFrontend.News;

/// <summary>A URL slug from a news title when the admin leaves it empty: lowercase ASCII, digits and single hyphens, at most 120 characters.</summary>
public static class NewsSlug
{
    public static string FromTitle(string? title)
    {
        var plain = (title ?? "").Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in plain)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString();
        return (text.Length > 120 ? text[..120] : text).Trim('-');
    }
}
