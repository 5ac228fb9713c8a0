namespace Mooc.Grains.Abstractions.News;

/// <summary>A news item was published for the first time.</summary>
public sealed record NewsPublished(string Slug, NewsArticleDraft Article);
