using System.Text.Json;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.DemoContent;

namespace Mooc.UnitTests.DemoContent;

/// <summary>
/// Every material the demo catalogue lists (<see cref="DemoCourses"/>) has a body of its kind in
/// <see cref="DemoMaterials"/>: a reading long enough to be studied (and scrolled), a video whose clip is committed.
/// </summary>
public sealed class DemoMaterialsTests
{
    private const int MinimumReadingWords = 350;
    private const string VideoFolder = "/media/materi/";
    private const int VideoSeconds = 60;

    [Fact]
    public void EveryMaterialOfEveryDemoCourse_ShouldHaveContentOfItsKind()
    {
        Assert.True(
            DemoMaterials.All.Count > 0,
            "No embedded DemoContent/materials/*.json: is the EmbeddedResource line for them in src/Silo/Silo.csproj?");

        AssertCoversTheCatalogue(DemoMaterials.All);
    }

    [Fact]
    public void EveryVideoMaterial_ShouldHaveItsClipUnderWwwroot()
    {
        var wwwroot = Path.Combine(RepoRoot(), "src", "WebFrontend", "wwwroot");
        var videos = DemoMaterials.All.Values.SelectMany(c => c.Values).Where(m => m.VideoPath is not null).ToList();
        Assert.NotEmpty(videos);

        Assert.All(videos, v =>
        {
            var file = Path.Combine(wwwroot, v.VideoPath!.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(file), $"{v.VideoPath} is not under src/WebFrontend/wwwroot; run scripts/media/make-materials.py.");
        });
    }

    [Fact]
    public void MaterialFilesInTheRepository_ShouldParseAndCoverTheCatalogueUnderTheSameTitles()
    {
        var folder = Path.Combine(RepoRoot(), "src", "Silo", "DemoContent", "materials");
        var parsed = new Dictionary<string, IReadOnlyDictionary<string, MaterialContent>>();
        foreach (var (code, course) in DemoCourses.All)
        {
            var path = Path.Combine(folder, code + ".json");
            Assert.True(File.Exists(path), $"{path} is missing.");
            using (var stream = File.OpenRead(path))
            {
                parsed[code] = DemoMaterials.Parse(stream);
            }

            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Assert.All(course.Materials, m => Assert.Equal(
                m.Title, document.RootElement.GetProperty(m.Id).GetProperty("title").GetString()));
        }

        AssertCoversTheCatalogue(parsed);
    }

    [Fact]
    public void Parse_ShouldRejectAnEntryThatIsNeitherReadingNorVideo()
    {
        using var stream = new MemoryStream("""{ "m01": { "title": "Tanpa isi" } }"""u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => DemoMaterials.Parse(stream));
        Assert.Contains("m01", error.Message, StringComparison.Ordinal);
    }

    private static void AssertCoversTheCatalogue(IReadOnlyDictionary<string, IReadOnlyDictionary<string, MaterialContent>> all)
    {
        Assert.Equal(DemoCourses.All.Keys.Order(StringComparer.Ordinal), all.Keys.Order(StringComparer.Ordinal));
        foreach (var (code, course) in DemoCourses.All)
        {
            var contents = all[code];
            Assert.Equal(course.Materials.Select(m => m.Id).Order(StringComparer.Ordinal), contents.Keys.Order(StringComparer.Ordinal));
            foreach (var material in course.Materials)
            {
                var content = contents[material.Id];
                var where = $"{code} {material.Id} ({material.Title})";
                if (material.Kind == MaterialKind.Reading)
                {
                    Assert.True(content.VideoPath is null, $"{where} is a reading but has a video.");
                    Assert.False(string.IsNullOrWhiteSpace(content.Markdown), $"{where} has no Markdown.");
                    var words = Words(content.Markdown!);
                    Assert.True(words >= MinimumReadingWords, $"{where} has {words} words, fewer than {MinimumReadingWords}.");
                    Assert.Contains("\n## ", "\n" + content.Markdown, StringComparison.Ordinal);
                    Assert.DoesNotContain("<", content.Markdown, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(content.Markdown is null, $"{where} is a video but has Markdown.");
                    Assert.Equal($"{VideoFolder}{code}-{material.Id}.webm", content.VideoPath);
                    Assert.Equal(VideoSeconds, content.VideoSeconds);
                    Assert.Equal(1, material.Minutes);
                }
            }
        }
    }

    private static int Words(string markdown) =>
        markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    private static string RepoRoot()
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
}
