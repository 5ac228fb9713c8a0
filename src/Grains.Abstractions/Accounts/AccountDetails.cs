namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>The admin's account page: the profile, the status, sign-in facts and every admin action, oldest first.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountDetails(
    [property: Id(0)] AccountProfile Profile,
    [property: Id(1)] AccountStatus Status,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? LastSignInAt,
    [property: Id(4)] DateTimeOffset? LockedOutUntil,
    [property: Id(5)] IReadOnlyList<AccountHistoryEntry> History);
