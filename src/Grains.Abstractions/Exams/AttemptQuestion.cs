namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// A question as this attempt shows it: text and options in the attempt's own order, and which of those
/// options is correct. Kept in <see cref="ExamStarted"/>, so grading uses exactly what the examinee saw.
/// </summary>
public sealed record AttemptQuestion(string QuestionId, string Text, IReadOnlyList<string> Options, int CorrectOption);
