using Mooc.Grains.Abstractions.Accounts;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Accounts;

/// <summary>The per-account audit stream (<c>account-audit:{username}</c>): admin actions as events, and back as history entries.</summary>
public static class AccountAudit
{
    public static string StreamKey(string username) => $"account-audit:{username}";

    public static object ToEvent(string username, AccountHistoryEntry e) => e.Kind switch
    {
        AccountHistoryKind.Locked => new AccountLocked(username, e.AdminUsername, e.AdminName, e.Reason, e.At),
        AccountHistoryKind.Unlocked => new AccountUnlocked(username, e.AdminUsername, e.AdminName, e.Reason, e.At),
        AccountHistoryKind.PasswordReset => new AccountPasswordReset(username, e.AdminUsername, e.AdminName, e.Reason, e.At),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown account history kind."),
    };

    public static AccountHistoryEntry? ToEntry(RecordedEvent recorded) => recorded.Data switch
    {
        AccountLocked e => new((int)recorded.Version, AccountHistoryKind.Locked, e.AdminUsername, e.AdminName, e.Reason, e.At),
        AccountUnlocked e => new((int)recorded.Version, AccountHistoryKind.Unlocked, e.AdminUsername, e.AdminName, e.Reason, e.At),
        AccountPasswordReset e => new((int)recorded.Version, AccountHistoryKind.PasswordReset, e.AdminUsername, e.AdminName, e.Reason, e.At),
        _ => null,
    };
}
