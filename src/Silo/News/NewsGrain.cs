using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.Silo.EventStore;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.News;

/// <summary>Single writer of one news item's stream.</summary>
public sealed class NewsGrain(IEventJournal journal) : PublishingGrain<NewsState>(journal), INewsGrain
{
    private string Slug => this.GetPrimaryKeyString();

    protected override string StreamKey => NewsState.StreamKey(Slug);

    public Task<PublishOutcome> PublishAsync(NewsArticleDraft article) =>
        PublishAsync(State.DecidePublish(Slug, article), State.Article is not null);
}
