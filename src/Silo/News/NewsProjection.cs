using Marten.Events.Projections;
using Mooc.Grains.Abstractions.News;

namespace Mooc.Silo.News;

public sealed class NewsProjection : MultiStreamProjection<NewsArticle, string>
{
    public NewsProjection()
    {
        Identity<NewsPublished>(e => e.Slug);
        Identity<NewsRevised>(e => e.Slug);
        Identity<NewsWithdrawn>(e => e.Slug);
        Identity<NewsRepublished>(e => e.Slug);
    }

    public static void Apply(NewsPublished e, NewsArticle doc) => Set(doc, e.Slug, e.Article);

    public static void Apply(NewsRevised e, NewsArticle doc) => Set(doc, e.Slug, e.Article);

    public static void Apply(NewsWithdrawn e, NewsArticle doc) => doc.Withdrawn = true;

    public static void Apply(NewsRepublished e, NewsArticle doc) => doc.Withdrawn = false;

    private static void Set(NewsArticle doc, string slug, NewsArticleDraft article)
    {
        doc.Id = slug;
        doc.Article = article;
        doc.PublishedOn = article.PublishedOn;
    }
}
