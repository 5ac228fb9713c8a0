namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>What the training editor needs from the course grain: the description, status and which materials have content.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseAdminView(
    [property: Id(0)] string Code,
    [property: Id(1)] CourseDescription Description,
    [property: Id(2)] CourseStatus Status,
    [property: Id(3)] IReadOnlyDictionary<string, MaterialContent> Materials,
    [property: Id(4)] IReadOnlyList<string> RetiredMaterialIds,
    [property: Id(5)] bool HasExam);
