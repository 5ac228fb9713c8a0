using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.EventStore;
using Mooc.Silo.Hosting;

namespace Mooc.Silo.Sittings;

/// <summary>
/// The exam schedule of one training: single writer of its stream. The rules are <see cref="ExamScheduleState"/>'s;
/// a refused change stores nothing. The learner grains read the list at every "Mulai Ujian" (a read-only call).
/// </summary>
public sealed class ExamScheduleGrain(IEventJournal journal, [FromKeyedServices(DomainClock.Key)] TimeProvider time, ILogger<ExamScheduleGrain> logger)
    : EventSourcedGrain<ExamScheduleState>(journal), IExamScheduleGrain
{
    private string CourseCode => this.GetPrimaryKeyString();

    protected override string StreamKey => ExamScheduleState.StreamKey(CourseCode);

    public async Task<SittingOutcome> ScheduleAsync(ExamSittingPlan plan, SittingActor actor)
    {
        if (await GrainFactory.GetGrain<ICourseGrain>(CourseCode).GetExamAsync() is null)
        {
            return SittingOutcome.Refused(SittingRefusal.NoExam);
        }

        return await CommitAsync(State.DecideSchedule(CourseCode, Guid.NewGuid(), plan, actor, time.GetUtcNow()), "scheduled", actor);
    }

    public Task<SittingOutcome> ReviseAsync(Guid sittingId, ExamSittingPlan plan, SittingActor actor) =>
        CommitAsync(State.DecideRevise(sittingId, plan, actor, time.GetUtcNow()), "revised", actor);

    public Task<SittingOutcome> CancelAsync(Guid sittingId, string reason, SittingActor actor) =>
        CommitAsync(State.DecideCancel(sittingId, reason, actor, time.GetUtcNow()), "cancelled", actor);

    public Task<IReadOnlyList<ExamSitting>> ListAsync() => Task.FromResult(State.Sittings);

    private async Task<SittingOutcome> CommitAsync((IReadOnlyList<object> Events, SittingOutcome Outcome) decision, string what, SittingActor actor)
    {
        if (decision.Events.Count > 0)
        {
            await AppendAsync(decision.Events);
            logger.LogInformation("Exam sitting {SittingId} of {Course} {What} by {Admin}", decision.Outcome.SittingId, CourseCode, what, actor.Username);
        }

        return decision.Outcome;
    }
}
