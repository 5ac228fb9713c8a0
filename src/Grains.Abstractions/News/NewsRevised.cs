namespace Mooc.Grains.Abstractions.News;

/// <summary>A published news item was edited; by an admin, or by the system (the demo seeder) when the admin is null.</summary>
public sealed record NewsRevised(string Slug, NewsArticleDraft Article, string? AdminUsername = null, string? AdminName = null);
