using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Learning;

/// <summary>Single writer of one learner's stream. One activation per learner, so two "Daftar" clicks at once enrol once.</summary>
public sealed class LearnerGrain(IEventJournal journal) : Grain, ILearnerGrain
{
    private readonly LearnerState _state = new();

    private string Username => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var recorded in await journal.ReadStreamAsync(LearnerState.StreamKey(Username), cancellationToken))
        {
            _state.Apply(recorded.Data);
        }
    }

    public async Task<EnrolmentOutcome> EnrolAsync(string courseCode)
    {
        if (_state.IsEnrolled(courseCode))
        {
            return EnrolmentOutcome.AlreadyEnrolled;
        }

        if (await GrainFactory.GetGrain<ICourseGrain>(courseCode).GetDescriptionAsync() is null)
        {
            return EnrolmentOutcome.CourseNotFound;
        }

        var enrolled = new LearnerEnrolled(Username, courseCode);
        try
        {
            await journal.AppendAsync(LearnerState.StreamKey(Username), _state.Version, [enrolled]);
        }
        catch (StreamVersionConflictException)
        {
            DeactivateOnIdle();
            throw;
        }

        _state.Apply(enrolled);
        return EnrolmentOutcome.Enrolled;
    }

    public Task<bool> IsEnrolledAsync(string courseCode) => Task.FromResult(_state.IsEnrolled(courseCode));
}
