namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>The server's periodic "tick": the time left on an attempt as the server counts it.</summary>
public sealed record ExamTick(Guid AttemptId, long RemainingMs);
