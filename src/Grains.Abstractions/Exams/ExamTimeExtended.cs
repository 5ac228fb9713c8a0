namespace Mooc.Grains.Abstractions.Exams;

/// <summary>An admin gave a running attempt more time (manual: the board's "Tambah waktu"); the deadline moves to <see cref="NewDeadline"/>.</summary>
public sealed record ExamTimeExtended(Guid AttemptId, int Minutes, DateTimeOffset NewDeadline, string AdminUsername, string AdminName, string Reason, DateTimeOffset At);
