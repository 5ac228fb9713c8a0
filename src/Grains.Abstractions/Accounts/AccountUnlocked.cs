namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>An admin unlocked the account ("Buka Kunci"). In the stream <c>account-audit:{username}</c>.</summary>
public sealed record AccountUnlocked(string Username, string AdminUsername, string AdminName, string Reason, DateTimeOffset At);
