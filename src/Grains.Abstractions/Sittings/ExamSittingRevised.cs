namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>An admin changed a sitting; <see cref="Plan"/> is the whole plan after the change.</summary>
public sealed record ExamSittingRevised(Guid SittingId, string CourseCode, ExamSittingPlan Plan, string AdminUsername, string AdminName, DateTimeOffset At);
