namespace Mooc.Grains.Abstractions.Exams;

[GenerateSerializer, Immutable]
public sealed record ExamStartOutcome(
    [property: Id(0)] ExamStartStatus Status,
    [property: Id(1)] Guid? AttemptId,
    [property: Id(2)] Sittings.SittingNotice? Sitting = null);
