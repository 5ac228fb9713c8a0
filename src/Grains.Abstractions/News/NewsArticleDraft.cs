namespace Mooc.Grains.Abstractions.News;

/// <summary>A news item ("Berita", manual A.2) as written by an editor. <see cref="Body"/> is Markdown (raw HTML is shown as text); plain text with blank lines between paragraphs is valid Markdown.</summary>
[GenerateSerializer, Immutable]
public sealed record NewsArticleDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string Summary,
    [property: Id(2)] string Body,
    [property: Id(3)] string Category,
    [property: Id(4)] DateOnly PublishedOn);
