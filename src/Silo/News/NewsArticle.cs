using Mooc.Grains.Abstractions.News;

namespace Mooc.Silo.News;

/// <summary>Read model: one news item (document id = slug); a withdrawn item stays, marked, for the admin's list.</summary>
public sealed class NewsArticle
{
    public string Id { get; set; } = "";

    public NewsArticleDraft? Article { get; set; }

    public DateOnly PublishedOn { get; set; }

    public bool Withdrawn { get; set; }

    public NewsItem ToItem() => new(Id, Article!);

    public NewsListing ToListing() => new(Id, Article!.Title, Article.Category, PublishedOn, Withdrawn);
}
