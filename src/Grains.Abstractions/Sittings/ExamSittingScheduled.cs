namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>An admin scheduled a sitting of a training's final exam.</summary>
public sealed record ExamSittingScheduled(Guid SittingId, string CourseCode, ExamSittingPlan Plan, string AdminUsername, string AdminName, DateTimeOffset At);
