namespace Mooc.Grains.Abstractions.News;

/// <summary>A news item as its admin editor sees it: the text, whether it is withdrawn, and who changed it last.</summary>
[GenerateSerializer, Immutable]
public sealed record NewsEdition(
    [property: Id(0)] string Slug,
    [property: Id(1)] NewsArticleDraft Article,
    [property: Id(2)] bool Withdrawn,
    [property: Id(3)] string? EditedByName);
