using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Catalog;

/// <summary>Single writer of one course's stream; its state is rebuilt from the stream on activation.</summary>
public sealed class CourseGrain(IEventJournal journal) : Grain, ICourseGrain
{
    private readonly CourseState _state = new();

    private string Code => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var recorded in await journal.ReadStreamAsync(CourseState.StreamKey(Code), cancellationToken))
        {
            _state.Apply(recorded.Data);
        }
    }

    public async Task<PublishOutcome> PublishAsync(CourseDescription description)
    {
        var events = _state.DecidePublish(Code, description);
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        var outcome = _state.Description is null ? PublishOutcome.Published : PublishOutcome.Revised;
        try
        {
            await journal.AppendAsync(CourseState.StreamKey(Code), _state.Version, events);
        }
        catch (StreamVersionConflictException)
        {
            // Someone else wrote this stream (only possible around a silo failure): rebuild from the stream on the next call.
            DeactivateOnIdle();
            throw;
        }

        foreach (var e in events)
        {
            _state.Apply(e);
        }

        return outcome;
    }

    public Task<CourseDescription?> GetDescriptionAsync() => Task.FromResult(_state.Description);
}
