using System.Reflection;
using System.Text.Json;
using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.DemoContent;

/// <summary>
/// The bodies of the demo trainings' materials (manual D.a reading, D.b video): course code → material id → content,
/// read from <c>materials/&lt;CODE&gt;.json</c> (embedded here). Each file covers every material that
/// <see cref="DemoCourses"/> lists for that training; the video clips it names are made by
/// scripts/media/make-materials.py from the same files.
/// </summary>
public static class DemoMaterials
{
    private const string ResourcePrefix = "DemoContent/materials/";
    private const string ResourceSuffix = ".json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, MaterialContent>> All { get; } = Load();

    /// <summary>
    /// Reads one training's file: a JSON object keyed by material id, each entry either
    /// <c>{ "title", "markdown" }</c> for a reading or <c>{ "title", "video", "seconds", "points" }</c> for a video
    /// (title and points are for people and for the clip generator, not part of the content).
    /// </summary>
    public static IReadOnlyDictionary<string, MaterialContent> Parse(Stream json)
    {
        var entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(json, Options)
            ?? throw new InvalidDataException("The materials file is empty.");
        return entries.ToDictionary(e => e.Key, e => e.Value.ToContent(e.Key), StringComparer.Ordinal);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, MaterialContent>> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var all = new Dictionary<string, IReadOnlyDictionary<string, MaterialContent>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var code = name[ResourcePrefix.Length..^ResourceSuffix.Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                all[code] = Parse(stream);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                throw new InvalidDataException($"Embedded resource {name}: {e.Message}", e);
            }
        }

        return all;
    }

    private sealed record Entry(string? Title, string? Markdown, string? Video, int Seconds, IReadOnlyList<string>? Points)
    {
        public MaterialContent ToContent(string id) => (Markdown, Video) switch
        {
            ({ Length: > 0 } markdown, null) => MaterialContent.Reading(markdown),
            (null, { Length: > 0 } path) when Seconds > 0 => MaterialContent.Video(path, Seconds),
            _ => throw new InvalidDataException(
                $"Material {id} must have either a non-empty \"markdown\" or a non-empty \"video\" with positive \"seconds\"."),
        };
    }
}
