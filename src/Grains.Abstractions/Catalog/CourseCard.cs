namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>A catalogue card on the home page (manual A.1), read from the projected catalogue.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseCard(
    [property: Id(0)] string Code,
    [property: Id(1)] string Title,
    [property: Id(2)] string Summary,
    [property: Id(3)] CourseLevel Level,
    [property: Id(4)] int LessonHours,
    [property: Id(5)] bool HasCertificate,
    [property: Id(6)] string Organiser,
    [property: Id(7)] int Participants);
