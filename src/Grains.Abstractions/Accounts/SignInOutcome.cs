namespace Mooc.Grains.Abstractions.Accounts;

[GenerateSerializer, Immutable]
public sealed record SignInOutcome(
    [property: Id(0)] SignInStatus Status,
    [property: Id(1)] AccountProfile? Profile,
    [property: Id(2)] DateTimeOffset? LockedUntil)
{
    public static SignInOutcome Failed { get; } = new(SignInStatus.Failed, null, null);

    public static SignInOutcome Busy { get; } = new(SignInStatus.Busy, null, null);
}
