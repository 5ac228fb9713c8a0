namespace Mooc.Grains.Abstractions.News;

/// <summary>A published news item as the site shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record NewsItem(
    [property: Id(0)] string Slug,
    [property: Id(1)] NewsArticleDraft Article);
