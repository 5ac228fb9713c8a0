namespace Mooc.WebFrontend.Exams;

/// <summary>An attempt this frontend pushes time and updates for.</summary>
public sealed record WatchedAttempt(Guid AttemptId, DateTimeOffset Deadline, bool InProgress, DateTimeOffset SubscribedAt);
