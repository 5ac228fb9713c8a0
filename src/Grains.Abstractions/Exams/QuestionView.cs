namespace Mooc.Grains.Abstractions.Exams;

/// <summary>A question as the browser gets it: number, text and options — no answer key.</summary>
[GenerateSerializer, Immutable]
public sealed record QuestionView(
    [property: Id(0)] int Number,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<string> Options);
