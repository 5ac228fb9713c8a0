namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// An admin reopened an attempt that a technical fault ended (its time ran out, or a supervisor ended it, while it could
/// not be worked on): its grade is void, the answers stored stay, and it runs again until <see cref="NewDeadline"/>.
/// </summary>
public sealed record ExamReopened(
    Guid AttemptId, int Minutes, DateTimeOffset NewDeadline, int VoidedScore, string AdminUsername, string AdminName, string Reason, DateTimeOffset At);
