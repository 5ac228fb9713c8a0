namespace Mooc.Grains.Abstractions.Reports;

/// <summary>One graded attempt in the admin report, with the learner's name, NIP and unit from the account.</summary>
/// <param name="PassingGrade">The "Nilai Kelulusan" the attempt was graded against; null for rows projected before it was recorded.</param>
[GenerateSerializer, Immutable]
public sealed record ExamReportRow(
    [property: Id(0)] string Username,
    [property: Id(1)] string Nip,
    [property: Id(2)] string FullName,
    [property: Id(3)] string Unit,
    [property: Id(4)] string CourseCode,
    [property: Id(5)] string CourseTitle,
    [property: Id(6)] int AttemptNumber,
    [property: Id(7)] DateTimeOffset SubmittedAt,
    [property: Id(8)] int Score,
    [property: Id(9)] int? PassingGrade,
    [property: Id(10)] bool Passed,
    [property: Id(11)] string? CertificateNumber);
