namespace Mooc.Grains.Abstractions.News;

/// <summary>A news item was published for the first time; by an admin, or by the system (the demo seeder) when the admin is null.</summary>
public sealed record NewsPublished(string Slug, NewsArticleDraft Article, string? AdminUsername = null, string? AdminName = null);
