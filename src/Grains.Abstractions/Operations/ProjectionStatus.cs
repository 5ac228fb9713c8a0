namespace Mooc.Grains.Abstractions.Operations;

/// <summary>The projection daemon's progress against the newest event, for <c>/health</c> and the lag metrics.</summary>
[GenerateSerializer, Immutable]
public sealed record ProjectionStatus(
    [property: Id(0)] long HighestEventSequence,
    [property: Id(1)] DateTimeOffset? HighestEventAt,
    [property: Id(2)] IReadOnlyList<ProjectionState> Projections,
    [property: Id(3)] DateTimeOffset? OldestWaitingEventAt = null)
{
    /// <summary>Events the slowest projection has not processed yet.</summary>
    public long LagEvents => Projections.Count == 0 ? HighestEventSequence : Math.Max(0, HighestEventSequence - Projections.Min(p => p.Sequence));

    /// <summary>How long the oldest event the slowest projection has not processed has been waiting; zero when caught up.</summary>
    public TimeSpan LagAt(DateTimeOffset now) =>
        LagEvents > 0 && OldestWaitingEventAt is { } waiting && now > waiting ? now - waiting : TimeSpan.Zero;
}
