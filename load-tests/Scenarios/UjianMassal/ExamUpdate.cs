namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>The server's "updated" push: the attempt changed (submitted by the server at the deadline, time extended, ...).</summary>
public sealed record ExamUpdate(Guid AttemptId, string Status, int CurrentQuestion, long RemainingMs, ExamUpdateResult? Result)
{
    public bool IsSubmitted => string.Equals(Status, "submitted", StringComparison.OrdinalIgnoreCase);
}
