using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Publishing;

/// <summary>An event-sourced grain whose writes are publications: nothing, a first publication, or a revision.</summary>
public abstract class PublishingGrain<TState>(IEventJournal journal) : EventSourcedGrain<TState>(journal)
    where TState : IStreamState, new()
{
    /// <param name="events">What the state decided; empty when the content is unchanged.</param>
    /// <param name="existed">Whether the thing was published before (a revision rather than a first publication).</param>
    protected async Task<PublishOutcome> PublishAsync(IReadOnlyList<object> events, bool existed)
    {
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        await AppendAsync(events);
        return existed ? PublishOutcome.Revised : PublishOutcome.Published;
    }
}
