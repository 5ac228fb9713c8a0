namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>One row of the admin's list of trainings ("Kelola Pelatihan"), published or not.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseAdminRow(
    [property: Id(0)] string Code,
    [property: Id(1)] string Title,
    [property: Id(2)] CourseLevel Level,
    [property: Id(3)] CourseStatus Status,
    [property: Id(4)] int Participants,
    [property: Id(5)] int Materials);
