namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>The result block of an "updated" push.</summary>
public sealed record ExamUpdateResult(int Score, bool Passed, int PassingGrade, int AttemptsRemaining, bool SubmittedByServer);
