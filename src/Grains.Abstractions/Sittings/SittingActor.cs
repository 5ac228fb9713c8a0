namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>The admin who changes a schedule, recorded on the event.</summary>
[GenerateSerializer, Immutable]
public sealed record SittingActor([property: Id(0)] string Username, [property: Id(1)] string Name);
