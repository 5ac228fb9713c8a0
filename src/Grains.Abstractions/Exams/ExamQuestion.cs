namespace Mooc.Grains.Abstractions.Exams;

/// <summary>One multiple-choice question of a bank: 4–5 options, exactly one correct. Never sent to a browser as is.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<string> Options,
    [property: Id(3)] int CorrectOption);
