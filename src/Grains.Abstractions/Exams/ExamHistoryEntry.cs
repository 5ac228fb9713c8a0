namespace Mooc.Grains.Abstractions.Exams;

/// <summary>One row of "Riwayat Ujian" (manual G).</summary>
[GenerateSerializer, Immutable]
public sealed record ExamHistoryEntry(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset SubmittedAt,
    [property: Id(4)] int Score,
    [property: Id(5)] bool Passed,
    [property: Id(6)] int AttemptNumber,
    [property: Id(7)] string? CertificateNumber);
