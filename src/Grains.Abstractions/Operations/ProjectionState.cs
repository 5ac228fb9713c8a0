namespace Mooc.Grains.Abstractions.Operations;

/// <summary>How far one asynchronous projection has got through the event log.</summary>
[GenerateSerializer, Immutable]
public sealed record ProjectionState(
    [property: Id(0)] string Name,
    [property: Id(1)] long Sequence,
    [property: Id(2)] DateTimeOffset? LastUpdated);
