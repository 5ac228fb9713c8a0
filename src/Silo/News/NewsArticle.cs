using Mooc.Grains.Abstractions.News;

namespace Mooc.Silo.News;

/// <summary>Read model: one published news item (document id = slug).</summary>
public sealed class NewsArticle
{
    public string Id { get; set; } = "";

    public NewsArticleDraft? Article { get; set; }

    public DateOnly PublishedOn { get; set; }

    public NewsItem ToItem() => new(Id, Article!);
}
