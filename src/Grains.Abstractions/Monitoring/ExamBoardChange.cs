namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>What changed on a board since the last push: the changed rows (every query decides itself whether it shows them) and the totals (the whole board's, and each sitting's for a page filtered to one).</summary>
[GenerateSerializer, Immutable]
public sealed record ExamBoardChange(
    [property: Id(0)] string CourseCode,
    [property: Id(1)] ExamBoardTotals Totals,
    [property: Id(2)] IReadOnlyList<MonitoredAttempt> Changed,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] IReadOnlyDictionary<Guid, ExamBoardTotals>? SittingTotals = null);
