using System.Text.Json;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>The exam page state returned by Join, Navigate and Submit (the driver's copy of the hub contract).</summary>
public sealed record ExamState(
    Guid AttemptId,
    string Status,
    int CurrentQuestion,
    IReadOnlyList<ExamQuestion> Questions,
    IReadOnlyDictionary<int, int>? Answers,
    long RemainingMs,
    long LastSequence,
    JsonElement? Result)
{
    public bool IsSubmitted => string.Equals(Status, "submitted", StringComparison.OrdinalIgnoreCase);
}
