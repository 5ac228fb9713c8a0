namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>A schedule change done (with the sitting's id) or refused (with why; nothing stored).</summary>
[GenerateSerializer, Immutable]
public sealed record SittingOutcome([property: Id(0)] Guid? SittingId, [property: Id(1)] SittingRefusal Refusal)
{
    public bool Done => Refusal == SittingRefusal.None;

    public static SittingOutcome Ok(Guid id) => new(id, SittingRefusal.None);

    public static SittingOutcome Refused(SittingRefusal why) => new(null, why);
}
