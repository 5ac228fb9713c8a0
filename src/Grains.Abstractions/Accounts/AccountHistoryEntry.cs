namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>One admin action on an account, as the account page lists it: what, who (username and name), when and why.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountHistoryEntry(
    [property: Id(0)] int Number,
    [property: Id(1)] AccountHistoryKind Kind,
    [property: Id(2)] string AdminUsername,
    [property: Id(3)] string AdminName,
    [property: Id(4)] string Reason,
    [property: Id(5)] DateTimeOffset At);
