namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The examinee moved to a question ("Sebelumnya", "Selanjutnya" or its number).</summary>
public sealed record QuestionNavigated(Guid AttemptId, int QuestionNumber, DateTimeOffset At);
