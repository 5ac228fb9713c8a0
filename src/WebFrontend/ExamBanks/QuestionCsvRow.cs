namespace Mooc.WebFrontend.ExamBanks;

/// <summary>A good row of a question CSV: an optional id (blank = a new question), the text, 4–5 options and the correct one (0-based).</summary>
public sealed record QuestionCsvRow(int Row, string? Id, string Text, IReadOnlyList<string> Options, int CorrectOption);
