using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Grains.Abstractions.Replay;

/// <summary>One attempt a learner opened ("Mulai Ujian"), whether it runs, was graded, or never got its start.</summary>
/// <param name="StartedAt">Null when the attempt was opened but its ExamStarted is not in its stream (a crash in between).</param>
[GenerateSerializer, Immutable]
public sealed record LearnerAttemptRow(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] string Title,
    [property: Id(3)] int AttemptNumber,
    [property: Id(4)] DateTimeOffset OpenedAt,
    [property: Id(5)] DateTimeOffset? StartedAt,
    [property: Id(6)] AttemptStatus Status,
    [property: Id(7)] int? Score,
    [property: Id(8)] bool? Passed);
