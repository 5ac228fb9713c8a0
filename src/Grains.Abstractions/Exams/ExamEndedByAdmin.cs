namespace Mooc.Grains.Abstractions.Exams;

/// <summary>An admin ended a running attempt ("Akhiri ujian"); the submission and grade follow in the same append.</summary>
public sealed record ExamEndedByAdmin(Guid AttemptId, string AdminUsername, string AdminName, string Reason, DateTimeOffset At);
