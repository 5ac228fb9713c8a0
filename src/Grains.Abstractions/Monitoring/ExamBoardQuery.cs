namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>Which rows of a board to send: a page of them, optionally filtered by name, NIP or unit and by state.</summary>
/// <param name="Search">Part of a name, NIP or unit, case-insensitive; empty for all.</param>
/// <param name="OnlyInProgress">Only attempts still running.</param>
/// <param name="SittingId">Only attempts started in this sitting (the totals too); null for the whole board.</param>
[GenerateSerializer, Immutable]
public sealed record ExamBoardQuery(
    [property: Id(0)] string Search,
    [property: Id(1)] bool OnlyInProgress,
    [property: Id(2)] int Page,
    [property: Id(3)] int PageSize,
    [property: Id(4)] Guid? SittingId = null)
{
    public const int MaxPageSize = 200;

    public static ExamBoardQuery Default { get; } = new("", false, 1, 50);
}
