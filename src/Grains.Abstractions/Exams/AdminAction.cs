namespace Mooc.Grains.Abstractions.Exams;

/// <summary>Who took an admin action on an attempt and why: recorded with the action's event.</summary>
[GenerateSerializer, Immutable]
public sealed record AdminAction(
    [property: Id(0)] string AdminUsername,
    [property: Id(1)] string AdminName,
    [property: Id(2)] string Reason)
{
    public const int MaxReasonLength = 500;
}
