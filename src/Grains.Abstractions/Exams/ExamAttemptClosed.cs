namespace Mooc.Grains.Abstractions.Exams;

/// <summary>In the learner's stream: an attempt ended with its grade.</summary>
public sealed record ExamAttemptClosed(string Username, string CourseCode, Guid AttemptId, int Score, bool Passed);
