namespace Mooc.Grains.Abstractions.Learning;

/// <summary>One row of the learner's "Pelatihan yang Diikuti" list.</summary>
[GenerateSerializer, Immutable]
public sealed record LearnerTrainingRow(
    [property: Id(0)] string CourseCode,
    [property: Id(1)] string Title,
    [property: Id(2)] int LessonHours,
    [property: Id(3)] DateTimeOffset EnrolledAt);
