namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The result shown after an attempt (manual E.3).</summary>
[GenerateSerializer, Immutable]
public sealed record ExamOutcome(
    [property: Id(0)] int Score,
    [property: Id(1)] bool Passed,
    [property: Id(2)] int PassingGrade,
    [property: Id(3)] int AttemptsRemaining,
    [property: Id(4)] bool SubmittedByServer,
    [property: Id(5)] bool EndedByAdmin,
    [property: Id(6)] bool EndedForIncidents = false);
