namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>A page of a training's live board with its totals; <see cref="Matching"/> rows match the query in all.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamBoard(
    [property: Id(0)] string CourseCode,
    [property: Id(1)] ExamBoardTotals Totals,
    [property: Id(2)] IReadOnlyList<MonitoredAttempt> Rows,
    [property: Id(3)] int Matching,
    [property: Id(4)] DateTimeOffset At);
