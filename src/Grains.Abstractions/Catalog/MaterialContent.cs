namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>
/// The body of one material: for a reading, Markdown (rendered without raw HTML); for a video, the path of
/// the clip on this site and its length in seconds.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MaterialContent(
    [property: Id(0)] string? Markdown,
    [property: Id(1)] string? VideoPath,
    [property: Id(2)] int VideoSeconds)
{
    public static MaterialContent Reading(string markdown) => new(markdown, null, 0);

    public static MaterialContent Video(string path, int seconds) => new(null, path, seconds);
}
