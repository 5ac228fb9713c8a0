namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>An admin locked the account ("Kunci Akun"); its sessions ended. In the stream <c>account-audit:{username}</c>.</summary>
public sealed record AccountLocked(string Username, string AdminUsername, string AdminName, string Reason, DateTimeOffset At);
