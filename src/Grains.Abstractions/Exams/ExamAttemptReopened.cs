namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// In the learner's stream: an admin reopened a closed attempt, which is open again. When its fail had completed the
/// training (no attempt left), <see cref="CompletionUndone"/> says the training is active again.
/// </summary>
public sealed record ExamAttemptReopened(string Username, string CourseCode, Guid AttemptId, bool CompletionUndone);
