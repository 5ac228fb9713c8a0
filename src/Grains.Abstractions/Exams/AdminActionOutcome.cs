namespace Mooc.Grains.Abstractions.Exams;

/// <summary>Whether an admin action on an attempt was carried out, and if not, why (one Indonesian sentence).</summary>
[GenerateSerializer, Immutable]
public sealed record AdminActionOutcome([property: Id(0)] bool Done, [property: Id(1)] string? Refusal)
{
    public static AdminActionOutcome Ok { get; } = new(true, null);

    public static AdminActionOutcome Refused(string why) => new(false, why);
}
