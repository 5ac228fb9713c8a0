namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>
/// An admin gave the account a new initial password ("Reset Kata Sandi"); the lockout was cleared and its sessions
/// ended. The password itself is never in the event. In the stream <c>account-audit:{username}</c>.
/// </summary>
public sealed record AccountPasswordReset(string Username, string AdminUsername, string AdminName, string Reason, DateTimeOffset At);
