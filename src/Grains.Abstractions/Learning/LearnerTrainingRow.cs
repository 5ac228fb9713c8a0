namespace Mooc.Grains.Abstractions.Learning;

/// <summary>One row of the learner's training lists (manual D "Menu Pelatihan" and F "Pelatihan Selesai").</summary>
[GenerateSerializer, Immutable]
public sealed record LearnerTrainingRow(
    [property: Id(0)] string CourseCode,
    [property: Id(1)] string Title,
    [property: Id(2)] int LessonHours,
    [property: Id(3)] DateTimeOffset EnrolledAt,
    [property: Id(4)] int CompletedMaterials,
    [property: Id(5)] int TotalMaterials,
    [property: Id(6)] TrainingStatus Status,
    [property: Id(7)] bool? Passed,
    [property: Id(8)] int? Score,
    [property: Id(9)] DateTimeOffset? CompletedAt,
    [property: Id(10)] string? CertificateNumber)
{
    /// <summary>Completed materials as a whole percentage, 0–100.</summary>
    public int ProgressPercent => TotalMaterials == 0 ? 0 : Math.Min(100, CompletedMaterials * 100 / TotalMaterials);
}
