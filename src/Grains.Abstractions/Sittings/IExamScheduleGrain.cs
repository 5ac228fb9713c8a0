using Orleans.Concurrency;

namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>
/// The exam schedule of one training (key: course code): single writer of its sittings (stream
/// <c>exam-schedule:{code}</c>). Every change is checked against the rules and refused, storing nothing, when it breaks one.
/// </summary>
public interface IExamScheduleGrain : IGrainWithStringKey
{
    Task<SittingOutcome> ScheduleAsync(ExamSittingPlan plan, SittingActor actor);

    /// <summary>Replaces a sitting's plan; once its window has opened, only a later close is accepted.</summary>
    Task<SittingOutcome> ReviseAsync(Guid sittingId, ExamSittingPlan plan, SittingActor actor);

    Task<SittingOutcome> CancelAsync(Guid sittingId, string reason, SittingActor actor);

    /// <summary>Every sitting of the training, cancelled ones included, by opening time.</summary>
    [ReadOnly]
    Task<IReadOnlyList<ExamSitting>> ListAsync();
}
