using Marten.Events.Projections;
using Mooc.Grains.Abstractions.News;

namespace Mooc.Silo.News;

public sealed class NewsProjection : MultiStreamProjection<NewsArticle, string>
{
    public NewsProjection()
    {
        Identity<NewsPublished>(e => e.Slug);
        Identity<NewsRevised>(e => e.Slug);
    }

    public static void Apply(NewsPublished e, NewsArticle doc) => Set(doc, e.Slug, e.Article);

    public static void Apply(NewsRevised e, NewsArticle doc) => Set(doc, e.Slug, e.Article);

    private static void Set(NewsArticle doc, string slug, NewsArticleDraft article)
    {
        doc.Id = slug;
        doc.Article = article;
        doc.PublishedOn = article.PublishedOn;
    }
}
