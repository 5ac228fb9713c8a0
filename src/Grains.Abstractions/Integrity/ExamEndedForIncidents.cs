namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>The attempt reached its training's incident limit and was ended; the submission and grade follow in the same append.</summary>
public sealed record ExamEndedForIncidents(Guid AttemptId, int Incidents, int Limit, DateTimeOffset At);
