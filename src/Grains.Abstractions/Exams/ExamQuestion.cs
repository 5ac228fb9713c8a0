namespace Mooc.Grains.Abstractions.Exams;

/// <summary>One multiple-choice question of a bank: 4–5 options, exactly one correct. Never sent to a browser as is.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<string> Options,
    [property: Id(3)] int CorrectOption)
{
    public const int MaxIdLength = 40;
    public const int MaxTextLength = 4000;
    public const int MaxOptionLength = 1000;
    public const int MinOptions = 4;
    public const int MaxOptions = 5;

    /// <summary>1–40 ASCII letters, digits, hyphens or underscores: ids appear in URLs, CSV files and attempt history.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
