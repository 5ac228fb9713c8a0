namespace Mooc.Grains.Abstractions.Exams;

/// <summary>What the learner grain hands an attempt when it opens it.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamStartRequest(
    [property: Id(0)] string Username,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] int AttemptNumber);
