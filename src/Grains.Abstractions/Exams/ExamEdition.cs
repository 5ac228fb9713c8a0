namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The current exam as the admin's editor sees it: with the answer key, its revision (1 = first publication) and its last editor.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamEdition(
    [property: Id(0)] ExamDefinition Exam,
    [property: Id(1)] int Revision,
    [property: Id(2)] string? EditedBy,
    [property: Id(3)] string? EditedByName);
