namespace Mooc.Grains.Abstractions.Exams;

/// <summary>What changed in an attempt, pushed to every frontend that watches it (and from there to the examinee's open pages).</summary>
/// <param name="ActivePage">The page the attempt is worked on now; any other open page of it stops (see the one-page rule).</param>
[GenerateSerializer, Immutable]
public sealed record ExamAttemptUpdate(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] AttemptStatus Status,
    [property: Id(2)] int CurrentQuestion,
    [property: Id(3)] DateTimeOffset Deadline,
    [property: Id(4)] ExamOutcome? Outcome,
    [property: Id(5)] string? ActivePage = null);
