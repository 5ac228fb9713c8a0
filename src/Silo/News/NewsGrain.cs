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

    public Task<PublishOutcome> EditAsync(NewsArticleDraft article, ContentEditor editor, bool create)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return PublishAsync(State.DecidePublish(Slug, article, editor, create), State.Article is not null);
    }

    public Task<bool> WithdrawAsync(ContentEditor editor) => ToggleAsync(() => State.DecideWithdraw(Slug, editor));

    public Task<bool> RepublishAsync(ContentEditor editor) => ToggleAsync(() => State.DecideRepublish(Slug, editor));

    public Task<NewsEdition?> GetEditionAsync() => Task.FromResult(
        State.Article is { } article ? new NewsEdition(Slug, article, State.Withdrawn, State.LastAdmin?.Name) : null);

    private async Task<bool> ToggleAsync(Func<IReadOnlyList<object>> decide)
    {
        if (State.Article is null)
        {
            return false;
        }

        var events = decide();
        if (events.Count > 0)
        {
            await AppendAsync(events);
        }

        return true;
    }
}
