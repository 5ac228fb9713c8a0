using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.News;

public sealed class NewsGrain(IEventJournal journal) : Grain, INewsGrain
{
    private readonly NewsState _state = new();

    private string Slug => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var recorded in await journal.ReadStreamAsync(NewsState.StreamKey(Slug), cancellationToken))
        {
            _state.Apply(recorded.Data);
        }
    }

    public async Task<PublishOutcome> PublishAsync(NewsArticleDraft article)
    {
        var events = _state.DecidePublish(Slug, article);
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        var outcome = _state.Article is null ? PublishOutcome.Published : PublishOutcome.Revised;
        try
        {
            await journal.AppendAsync(NewsState.StreamKey(Slug), _state.Version, events);
        }
        catch (StreamVersionConflictException)
        {
            DeactivateOnIdle();
            throw;
        }

        foreach (var e in events)
        {
            _state.Apply(e);
        }

        return outcome;
    }
}
