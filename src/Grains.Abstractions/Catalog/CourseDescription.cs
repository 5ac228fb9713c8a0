namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>What an organiser publishes about a training: the catalogue card's content.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseDescription(
    [property: Id(0)] string Title,
    [property: Id(1)] string Summary,
    [property: Id(2)] CourseLevel Level,
    [property: Id(3)] int LessonHours,
    [property: Id(4)] bool HasCertificate,
    [property: Id(5)] string Organiser);
