namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>
/// Everything an organiser publishes about a training: the card (manual A.1), the detail page
/// (C.3: description, materials, requirements, instructor) and the side summary (C.4).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CourseDescription(
    [property: Id(0)] string Title,
    [property: Id(1)] string Summary,
    [property: Id(2)] CourseLevel Level,
    [property: Id(3)] int LessonHours,
    [property: Id(4)] bool HasCertificate,
    [property: Id(5)] string Organiser,
    [property: Id(6)] string Description,
    [property: Id(7)] IReadOnlyList<string> Requirements,
    [property: Id(8)] InstructorProfile Instructor,
    [property: Id(9)] IReadOnlyList<MaterialOutline> Materials,
    [property: Id(10)] int DurationDays,
    [property: Id(11)] string? PreviewVideoPath);
