using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

/// <summary>
/// An account's stored state (Orleans ADO.NET grain storage): profile, password hash, lockout, the admin's lock and the
/// session stamp. It is the truth; the directory entry and the audit stream are written from it after each state write
/// (<see cref="PendingHistory"/> and <see cref="DirectoryRevision"/> say what is still to be written), so a write that
/// fails half-way is finished on the next change or activation.
/// </summary>
[GenerateSerializer]
public sealed partial class AccountState
{
    [Id(0)] public AccountProfile? Profile { get; set; }

    [Id(1)] public string? PasswordHash { get; set; }

    [Id(2)] public int FailedSignIns { get; set; }

    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }

    [Id(4)] public DateTimeOffset? LastSignInAt { get; set; }

    [Id(5)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Locked by an admin ("Kunci Akun"); unlike <see cref="LockedUntil"/> it lasts until an admin unlocks.</summary>
    [Id(6)] public bool LockedByAdmin { get; set; }

    /// <summary>Carried by every session cookie; replaced at a lock or a password reset, which ends the sessions signed in before.</summary>
    [Id(7)] public string? SessionStamp { get; set; }

    /// <summary>Bumped by every change the directory shows (created, locked, unlocked).</summary>
    [Id(8)] public int Revision { get; set; }

    /// <summary>The <see cref="Revision"/> last written to the directory (0 for accounts made before the directory existed).</summary>
    [Id(9)] public int DirectoryRevision { get; set; }

    /// <summary>Admin actions decided so far (the audit stream's length once every pending one is appended).</summary>
    [Id(10)] public int HistoryCount { get; set; }

    /// <summary>Admin actions in this state but not yet known to be in the audit stream (an outbox).</summary>
    [Id(11)] public List<AccountHistoryEntry> PendingHistory { get; set; } = [];

    public AccountStatus Status => LockedByAdmin ? AccountStatus.Locked : AccountStatus.Active;

    public bool NeedsDirectoryWrite => Profile is not null && DirectoryRevision < Math.Max(Revision, 1);
}
