namespace Mooc.Grains.Abstractions.Learning;

/// <summary>The learner's own, always-current progress in one training, straight from the learner grain.</summary>
[GenerateSerializer, Immutable]
public sealed record LearnerCourseProgress(
    [property: Id(0)] bool IsEnrolled,
    [property: Id(1)] IReadOnlySet<string> CompletedMaterialIds,
    [property: Id(2)] bool IsCompleted,
    [property: Id(3)] bool? Passed,
    [property: Id(4)] int? Score,
    [property: Id(5)] string? CertificateNumber);
