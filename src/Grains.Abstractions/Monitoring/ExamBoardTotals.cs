namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>The board's counters for one training, and the live score distribution in ten bands (0–9, …, 90–100).</summary>
/// <param name="WithIncidents">Attempts with at least one proctoring incident.</param>
[GenerateSerializer, Immutable]
public sealed record ExamBoardTotals(
    [property: Id(0)] int Started,
    [property: Id(1)] int InProgress,
    [property: Id(2)] int Submitted,
    [property: Id(3)] int Passed,
    [property: Id(4)] int Failed,
    [property: Id(5)] int Online,
    [property: Id(6)] int AnswersPerMinute,
    [property: Id(7)] IReadOnlyList<int> ScoreBands,
    [property: Id(8)] int WithIncidents = 0);
