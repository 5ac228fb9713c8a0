namespace Mooc.Grains.Abstractions.Replay;

/// <summary>An attempt's summary, every event of its stream in order, and its hash chain checked on the same read.</summary>
[GenerateSerializer, Immutable]
public sealed record AttemptReplay(
    [property: Id(0)] AttemptSummary Summary,
    [property: Id(1)] IReadOnlyList<TimelineEntry> Timeline,
    [property: Id(2)] Integrity.AttemptIntegrityReport Integrity);
