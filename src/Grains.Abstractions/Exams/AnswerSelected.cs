namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// The examinee chose an option (index in the attempt's order) for a question (1-based number).
/// <see cref="ClientSequence"/> is the browser's attempt-scoped number, so a resent answer is stored once.
/// </summary>
public sealed record AnswerSelected(Guid AttemptId, int QuestionNumber, int Option, long ClientSequence, DateTimeOffset At);
