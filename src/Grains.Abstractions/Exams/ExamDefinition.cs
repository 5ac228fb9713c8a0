namespace Mooc.Grains.Abstractions.Exams;

/// <summary>A training's final exam: its settings and its question bank (with the answer key).</summary>
[GenerateSerializer, Immutable]
public sealed record ExamDefinition(
    [property: Id(0)] ExamSettings Settings,
    [property: Id(1)] IReadOnlyList<ExamQuestion> Questions);
