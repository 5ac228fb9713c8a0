namespace Mooc.Grains.Abstractions.Replay;

/// <summary>An attempt's summary and every event of its stream in order.</summary>
[GenerateSerializer, Immutable]
public sealed record AttemptReplay(
    [property: Id(0)] AttemptSummary Summary,
    [property: Id(1)] IReadOnlyList<TimelineEntry> Timeline);
