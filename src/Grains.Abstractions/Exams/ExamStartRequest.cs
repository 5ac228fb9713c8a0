namespace Mooc.Grains.Abstractions.Exams;

/// <summary>What the learner grain hands an attempt when it opens it.</summary>
/// <param name="SittingId">The sitting the attempt starts in, if the training has a schedule.</param>
/// <param name="DurationMinutes">The sitting's duration, overriding the exam settings' duration.</param>
[GenerateSerializer, Immutable]
public sealed record ExamStartRequest(
    [property: Id(0)] string Username,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] int AttemptNumber,
    [property: Id(3)] Guid? SittingId = null,
    [property: Id(4)] int? DurationMinutes = null);
