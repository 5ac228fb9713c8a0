namespace Mooc.Grains.Abstractions.Exams;

/// <summary>In the learner's stream: an attempt of a training's exam was opened ("Mulai Ujian").</summary>
public sealed record ExamAttemptOpened(string Username, string CourseCode, Guid AttemptId, int AttemptNumber);
