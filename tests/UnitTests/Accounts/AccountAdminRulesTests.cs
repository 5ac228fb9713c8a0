using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.Accounts;

namespace Mooc.UnitTests.Accounts;

/// <summary>The admin's rules for an account (<see cref="AccountState"/>): lock, unlock, reset password, the outbox and the directory revision.</summary>
public sealed class AccountAdminRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);
    private static readonly AdminAction ByAdmin = new("admin", "Administrator", "  Pindah tugas  ");

    private static AccountState Andi() => new()
    {
        Profile = new AccountProfile("199001012015031001", "199001012015031001", "Andi Pratama", "Kanim Jakarta Selatan", "andi@example.go.id", AccountRole.Learner),
        PasswordHash = "hash",
        SessionStamp = "old",
        Revision = 1,
        DirectoryRevision = 1,
    };

    [Fact]
    public void Lock_ShouldRecordTheAdminAndTrimmedReasonAndReplaceTheSessionStamp()
    {
        var state = Andi();

        var (entry, refusal) = state.DecideLock("199001012015031001", ByAdmin, Now);
        state.Apply(entry!, "new");

        Assert.Null(refusal);
        Assert.Equal(new AccountHistoryEntry(1, AccountHistoryKind.Locked, "admin", "Administrator", "Pindah tugas", Now), entry);
        Assert.Equal((AccountStatus.Locked, "new", 1), (state.Status, state.SessionStamp, state.HistoryCount));
        Assert.Single(state.PendingHistory);
        Assert.True(state.NeedsDirectoryWrite);
    }

    [Theory]
    [InlineData("", AccountState.ReasonMissing)]
    [InlineData("   ", AccountState.ReasonMissing)]
    public void LockWithoutReason_ShouldBeRefusedAndChangeNothing(string reason, string expected)
    {
        var state = Andi();

        var (entry, refusal) = state.DecideLock("199001012015031001", ByAdmin with { Reason = reason }, Now);

        Assert.Equal((null, expected), (entry, refusal));
        Assert.Equal((AccountStatus.Active, "old", 0), (state.Status, state.SessionStamp, state.HistoryCount));
    }

    [Fact]
    public void OverLongReason_ShouldBeRefusedForEveryAction()
    {
        var state = Andi();
        var action = ByAdmin with { Reason = new string('x', AdminAction.MaxReasonLength + 1) };

        Assert.Equal(AccountState.ReasonTooLong, state.DecideLock("199001012015031001", action, Now).Refusal);
        Assert.Equal(AccountState.ReasonTooLong, state.DecideResetPassword("199001012015031001", action, Now).Refusal);
        state.LockedByAdmin = true;
        Assert.Equal(AccountState.ReasonTooLong, state.DecideUnlock(action, Now).Refusal);
    }

    [Fact]
    public void AdminLockingOrResettingThemself_ShouldBeRefused()
    {
        var admin = new AccountState { Profile = new AccountProfile("admin", "197001012000031001", "Administrator", "BPSDM", "admin@example.go.id", AccountRole.Admin) };
        var self = new AdminAction("Admin", "Administrator", "Uji");

        Assert.Equal(AccountState.CannotLockSelf, admin.DecideLock("admin", self, Now).Refusal);
        Assert.Equal(AccountState.CannotResetSelf, admin.DecideResetPassword("admin", self, Now).Refusal);
    }

    [Fact]
    public void UnknownAccount_ShouldBeRefusedAsNotFound()
    {
        var none = new AccountState();

        Assert.Equal(AccountState.NotFound, none.DecideLock("siapa", ByAdmin, Now).Refusal);
        Assert.Equal(AccountState.NotFound, none.DecideUnlock(ByAdmin, Now).Refusal);
        Assert.Equal(AccountState.NotFound, none.DecideResetPassword("siapa", ByAdmin, Now).Refusal);
    }

    [Fact]
    public void LockTwiceOrUnlockAnActiveAccount_ShouldBeRefused()
    {
        var state = Andi();
        Assert.Equal(AccountState.NotLocked, state.DecideUnlock(ByAdmin, Now).Refusal);

        state.Apply(state.DecideLock("199001012015031001", ByAdmin, Now).Entry!, "s1");

        Assert.Equal(AccountState.AlreadyLocked, state.DecideLock("199001012015031001", ByAdmin, Now).Refusal);
        var (unlock, refusal) = state.DecideUnlock(ByAdmin, Now.AddMinutes(1));
        Assert.Null(refusal);
        state.Apply(unlock!, "unused");
        Assert.Equal((AccountStatus.Active, 2, "s1"), (state.Status, unlock!.Number, state.SessionStamp));
    }

    [Fact]
    public void Reset_ShouldClearTheFailedSignInLockoutButNotTheAdminsLock()
    {
        var state = Andi();
        state.FailedSignIns = 3;
        state.LockedUntil = Now.AddMinutes(10);
        state.LockedByAdmin = true;
        var revision = state.Revision;

        state.Apply(state.DecideResetPassword("199001012015031001", ByAdmin, Now).Entry!, "new");

        Assert.Equal((0, (DateTimeOffset?)null, true, "new"), (state.FailedSignIns, state.LockedUntil, state.LockedByAdmin, state.SessionStamp));
        Assert.Equal(revision, state.Revision);
    }

    [Fact]
    public void AccountFromBeforeTheDirectory_ShouldNeedItsDirectoryEntry()
    {
        var old = Andi();
        old.Revision = 0;
        old.DirectoryRevision = 0;

        Assert.True(old.NeedsDirectoryWrite);
        Assert.False(new AccountState().NeedsDirectoryWrite);
        Assert.False(Andi().NeedsDirectoryWrite);
    }

    [Fact]
    public void DirectoryEntry_ShouldBeSearchableByLowerCasedNameUsernameNipAndUnit()
    {
        var entry = AccountDirectoryEntry.From(Andi());

        Assert.Equal("andi pratama 199001012015031001 199001012015031001 kanim jakarta selatan", entry.SearchText);
        Assert.Equal((AccountStatus.Active, 1), (entry.Status, entry.Revision));
    }
}
