using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.Pages;

namespace Mooc.UnitTests.Localization;

/// <summary>
/// The UI is Indonesian first and the keys are the Indonesian texts themselves, so a text without an entry in
/// <c>Resources/Localization.SharedResource.en.resx</c> silently stays Indonesian in English mode. These tests find
/// every text the UI asks for and check that the English resource, loaded the way the app loads it, has it.
/// </summary>
public sealed partial class EnglishResourceTests
{
    // A C# regular ("...", with \-escapes) or verbatim (@"...", with "" for a quote) string literal.
    private const string Literal = """(?:"(?<regular>(?:[^"\\\r\n]|\\.)*)"|@"(?<verbatim>(?:[^"]|"")*)")""";

    [GeneratedRegex("""(?<![\w.])(?:T|text)\[\s*""" + Literal)]
    private static partial Regex IndexerKey();

    [GeneratedRegex("""\bErrorMessage\s*=\s*""" + Literal)]
    private static partial Regex ErrorMessageKey();

    [GeneratedRegex(@"\{\d+(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void EveryTextTheUiAsksFor_ShouldHaveAnEnglishTranslation()
    {
        var keys = KeysUsedByTheUi();
        Assert.True(keys.Count > 50, $"Only {keys.Count} keys found: is the scan still looking in the right place?");
        Assert.Contains("Beranda", keys.Keys);

        var localizer = Localizer();
        var missing = InCulture("en", () => keys
            .Where(k => localizer[k.Key].ResourceNotFound)
            .Select(k => $"  \"{k.Key}\"  (used in {k.Value})")
            .Order(StringComparer.Ordinal)
            .ToList());

        Assert.True(
            missing.Count == 0,
            $"{missing.Count} text(s) have no English in src/WebFrontend/Resources/Localization.SharedResource.en.resx:{Environment.NewLine}"
            + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void EnglishTranslations_ShouldKeepTheirPlaceholders()
    {
        var localizer = Localizer();
        var english = InCulture("en", () => localizer.GetAllStrings(includeParentCultures: false).ToList());
        Assert.NotEmpty(english);
        Assert.Contains(english, s => s.Name.Contains("{0}", StringComparison.Ordinal));

        var broken = english
            .Where(s => !Placeholders(s.Name).SequenceEqual(Placeholders(s.Value)))
            .Select(s => $"  \"{s.Name}\" -> \"{s.Value}\"")
            .ToList();

        Assert.True(
            broken.Count == 0,
            $"{broken.Count} English text(s) lost or gained a {{n}} placeholder:{Environment.NewLine}" + string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void IndonesianCulture_ShouldShowTheKeyItself()
    {
        var localizer = Localizer();

        var (indonesian, english) = (InCulture("id", () => localizer["Beranda"]), InCulture("en", () => localizer["Beranda"]));

        Assert.Equal("Beranda", indonesian.Value);
        Assert.Equal("Home", english.Value);
    }

    /// <summary>Key → where it was first seen.</summary>
    private static Dictionary<string, string> KeysUsedByTheUi()
    {
        var root = RepositoryRoot();
        var frontend = Path.Combine(root, "src", "WebFrontend");
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);

        var sources = Directory.EnumerateFiles(frontend, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(frontend, "*.cs", SearchOption.AllDirectories))
            .Where(path => !Path.GetRelativePath(frontend, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(segment => segment is "bin" or "obj" or "node_modules"))
            .Order(StringComparer.Ordinal);
        foreach (var path in sources)
        {
            var source = File.ReadAllText(path);
            var where = Path.GetRelativePath(root, path).Replace('\\', '/');
            foreach (var match in IndexerKey().Matches(source).Concat(ErrorMessageKey().Matches(source)))
            {
                keys.TryAdd(Unescape(match), where);
            }
        }

        // Keys that are values, not literals, at the place of use.
        foreach (var level in Enum.GetValues<CourseLevel>())
        {
            keys.TryAdd(level.ToIndonesian(), $"{nameof(CourseLevelText)}.{nameof(CourseLevelText.ToIndonesian)}({level})");
        }

        foreach (var type in new[] { typeof(LoginModel), typeof(Mooc.WebFrontend.Pages.Pelatihan.DetailModel) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                keys.TryAdd((string)field.GetRawConstantValue()!, $"{type.FullName}.{field.Name}");
            }
        }

        foreach (var code in new[] { 404, 403, 500 })
        {
            var status = new StatusModel();
            status.OnGet(code);
            keys.TryAdd(status.Title, $"{nameof(StatusModel)}.{nameof(StatusModel.Title)} ({code})");
            keys.TryAdd(status.Explanation, $"{nameof(StatusModel)}.{nameof(StatusModel.Explanation)} ({code})");
        }

        return keys;
    }

    private static string Unescape(Match literal)
    {
        if (literal.Groups["verbatim"].Success)
        {
            return literal.Groups["verbatim"].Value.Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        var text = literal.Groups["regular"].Value;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                result.Append(text[i]);
                continue;
            }

            var escaped = text[++i];
            if (escaped == 'u' && i + 4 < text.Length)
            {
                result.Append((char)Convert.ToInt32(text.Substring(i + 1, 4), 16));
                i += 4;
                continue;
            }

            result.Append(escaped switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                _ => escaped, // \" \\ \'
            });
        }

        return result.ToString();
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mooc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Mooc.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The localizer exactly as the app registers it (<see cref="LocalizationFeature"/>).</summary>
    private static IStringLocalizer<SharedResource> Localizer() =>
        new ServiceCollection()
            .AddLogging()
            .AddLocalization(o => o.ResourcesPath = "Resources")
            .BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<SharedResource>>();

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
