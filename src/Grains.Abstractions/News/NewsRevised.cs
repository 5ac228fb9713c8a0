namespace Mooc.Grains.Abstractions.News;

/// <summary>A published news item was edited.</summary>
public sealed record NewsRevised(string Slug, NewsArticleDraft Article);
