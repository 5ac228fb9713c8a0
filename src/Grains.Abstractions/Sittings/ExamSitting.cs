namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>One sitting of a training's schedule as it stands now.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamSitting(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] ExamSittingPlan Plan,
    [property: Id(3)] string ScheduledBy,
    [property: Id(4)] DateTimeOffset ScheduledAt,
    [property: Id(5)] string? CancelReason,
    [property: Id(6)] string? CancelledBy)
{
    public bool IsCancelled => CancelReason is not null;

    public SittingPhase PhaseAt(DateTimeOffset now) =>
        IsCancelled ? SittingPhase.Cancelled
        : now < Plan.OpensAt ? SittingPhase.Scheduled
        : now < Plan.ClosesAt ? SittingPhase.Open
        : SittingPhase.Ended;
}
