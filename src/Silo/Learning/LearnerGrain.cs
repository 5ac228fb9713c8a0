using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Learning;

/// <summary>Single writer of one learner's stream. One activation per learner, so two "Daftar" clicks at once enrol once.</summary>
public sealed class LearnerGrain(IEventJournal journal) : EventSourcedGrain<LearnerState>(journal), ILearnerGrain
{
    private string Username => this.GetPrimaryKeyString();

    protected override string StreamKey => LearnerState.StreamKey(Username);

    public async Task<EnrolmentOutcome> EnrolAsync(string courseCode)
    {
        if (State.IsEnrolled(courseCode))
        {
            return EnrolmentOutcome.AlreadyEnrolled;
        }

        if (await GrainFactory.GetGrain<ICourseGrain>(courseCode).GetDescriptionAsync() is null)
        {
            return EnrolmentOutcome.CourseNotFound;
        }

        await AppendAsync([new LearnerEnrolled(Username, courseCode)]);
        return EnrolmentOutcome.Enrolled;
    }

    public Task<bool> IsEnrolledAsync(string courseCode) => Task.FromResult(State.IsEnrolled(courseCode));
}
