namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The grade of one final-exam attempt, as the attempt reports it to the learner, with the certificate a pass earned.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamResult(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] int Score,
    [property: Id(3)] bool Passed,
    [property: Id(4)] int AttemptsRemaining,
    [property: Id(5)] string? CertificateNumber);
