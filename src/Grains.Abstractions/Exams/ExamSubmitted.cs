namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The attempt ended: by the examinee ("Selesai"), or by the server at the deadline (then <see cref="SubmittedAt"/> is the deadline).</summary>
public sealed record ExamSubmitted(Guid AttemptId, DateTimeOffset SubmittedAt, bool ByServer);
