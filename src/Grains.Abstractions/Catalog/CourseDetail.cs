namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The training detail page (manual C.1–C.4): the published description and the participant count.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseDetail(
    [property: Id(0)] string Code,
    [property: Id(1)] CourseDescription Description,
    [property: Id(2)] int Participants,
    [property: Id(3)] CourseStatus Status = CourseStatus.Published);
