using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.News;

/// <summary>Single writer of one news item's stream.</summary>
public sealed class NewsGrain(IEventJournal journal) : EventSourcedGrain<NewsState>(journal), INewsGrain
{
    private string Slug => this.GetPrimaryKeyString();

    protected override string StreamKey => NewsState.StreamKey(Slug);

    public async Task<PublishOutcome> PublishAsync(NewsArticleDraft article)
    {
        var events = State.DecidePublish(Slug, article);
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        var outcome = State.Article is null ? PublishOutcome.Published : PublishOutcome.Revised;
        await AppendAsync(events);
        return outcome;
    }
}
