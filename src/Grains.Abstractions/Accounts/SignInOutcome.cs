namespace Mooc.Grains.Abstractions.Accounts;

[GenerateSerializer, Immutable]
public sealed record SignInOutcome(
    [property: Id(0)] SignInStatus Status,
    [property: Id(1)] AccountProfile? Profile,
    [property: Id(2)] DateTimeOffset? LockedUntil,
    [property: Id(3)] TimeSpan? RetryAfter = null,
    [property: Id(4)] string? SessionStamp = null)
{
    public static SignInOutcome Failed { get; } = new(SignInStatus.Failed, null, null);

    /// <summary>Right password, but an admin locked the account. Only said to someone who knew the password.</summary>
    public static SignInOutcome Locked { get; } = new(SignInStatus.LockedByAdmin, null, null);

    /// <summary>Not checked now: try again after <paramref name="retryAfter"/>, the wait the queue expects.</summary>
    public static SignInOutcome Busy(TimeSpan retryAfter) => new(SignInStatus.Busy, null, null, retryAfter);
}
