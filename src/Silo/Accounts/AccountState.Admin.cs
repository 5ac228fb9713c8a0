using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.Accounts;

/// <summary>The admin's rules for an account (lock, unlock, reset password): pure, so they can be unit-tested.</summary>
public sealed partial class AccountState
{
    public const string NotFound = "Akun tidak ditemukan.";
    public const string ReasonMissing = "Alasan wajib diisi.";
    public const string ReasonTooLong = "Alasan paling panjang 500 karakter.";
    public const string CannotLockSelf = "Anda tidak dapat mengunci akun Anda sendiri.";
    public const string CannotResetSelf = "Anda tidak dapat mereset kata sandi akun Anda sendiri dari halaman ini.";
    public const string AlreadyLocked = "Akun ini sudah dikunci.";
    public const string NotLocked = "Akun ini tidak dikunci.";

    /// <summary>The admin's "Kunci Akun" on the account named <paramref name="username"/>: an entry to apply, or why not.</summary>
    public (AccountHistoryEntry? Entry, string? Refusal) DecideLock(string username, AdminAction action, DateTimeOffset now) =>
        (Refuse(action) ?? (SameUser(username, action) ? CannotLockSelf : LockedByAdmin ? AlreadyLocked : null)) is { } refusal
            ? (null, refusal)
            : (Entry(AccountHistoryKind.Locked, action, now), null);

    public (AccountHistoryEntry? Entry, string? Refusal) DecideUnlock(AdminAction action, DateTimeOffset now) =>
        (Refuse(action) ?? (LockedByAdmin ? null : NotLocked)) is { } refusal
            ? (null, refusal)
            : (Entry(AccountHistoryKind.Unlocked, action, now), null);

    public (AccountHistoryEntry? Entry, string? Refusal) DecideResetPassword(string username, AdminAction action, DateTimeOffset now) =>
        (Refuse(action) ?? (SameUser(username, action) ? CannotResetSelf : null)) is { } refusal
            ? (null, refusal)
            : (Entry(AccountHistoryKind.PasswordReset, action, now), null);

    /// <summary>
    /// Applies a decided action. A lock or a reset takes a new <paramref name="sessionStamp"/>, ending every session;
    /// a reset also clears the lockout after failed sign-ins (not the admin's lock: that needs "Buka Kunci").
    /// </summary>
    public void Apply(AccountHistoryEntry entry, string sessionStamp)
    {
        switch (entry.Kind)
        {
            case AccountHistoryKind.Locked:
                LockedByAdmin = true;
                SessionStamp = sessionStamp;
                Revision = Math.Max(Revision, 1) + 1;
                break;
            case AccountHistoryKind.Unlocked:
                LockedByAdmin = false;
                Revision = Math.Max(Revision, 1) + 1;
                break;
            case AccountHistoryKind.PasswordReset:
                FailedSignIns = 0;
                LockedUntil = null;
                SessionStamp = sessionStamp;
                break;
        }

        HistoryCount = entry.Number;
        PendingHistory.Add(entry);
    }

    private string? Refuse(AdminAction action) =>
        Profile is null ? NotFound
        : string.IsNullOrWhiteSpace(action.Reason) ? ReasonMissing
        : action.Reason.Trim().Length > AdminAction.MaxReasonLength ? ReasonTooLong
        : null;

    private static bool SameUser(string username, AdminAction action) =>
        string.Equals(username, AccountRules.NormalizeUsername(action.AdminUsername ?? ""), StringComparison.Ordinal);

    private AccountHistoryEntry Entry(AccountHistoryKind kind, AdminAction action, DateTimeOffset now) =>
        new(HistoryCount + 1, kind, action.AdminUsername, action.AdminName, action.Reason.Trim(), now);
}
