namespace Mooc.Grains.Abstractions.Learning;

/// <summary>The dashboard totals (manual D): trainings followed, active and completed.</summary>
[GenerateSerializer, Immutable]
public sealed record LearnerTotals([property: Id(0)] int Followed, [property: Id(1)] int Active, [property: Id(2)] int Completed)
{
    public static LearnerTotals None { get; } = new(0, 0, 0);
}
