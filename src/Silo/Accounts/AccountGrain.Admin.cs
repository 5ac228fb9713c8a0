using System.Security.Cryptography;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Accounts;

/// <summary>
/// The admin's side of an account: details, lock, unlock, reset password, and keeping the directory entry and the audit
/// stream in step with the state. Order of every change: decide, write the state (the truth, with the audit entry in its
/// outbox), then append the audit event and write the directory entry, then write the state again to empty the outbox.
/// A failure after the first write leaves the outbox full; the next change or activation finishes the job, and an audit
/// event that did get in before a failure is recognised by its stream position and not appended twice.
/// </summary>
public sealed partial class AccountGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.PendingHistory.Count > 0 || State.NeedsDirectoryWrite)
        {
            await PublishAsync();
        }
    }

    public async Task<AccountDetails?> GetDetailsAsync()
    {
        if (State.Profile is not { } profile)
        {
            return null;
        }

        var recorded = await journal.ReadStreamAsync(AccountAudit.StreamKey(profile.Username));
        var history = recorded.Select(AccountAudit.ToEntry).OfType<AccountHistoryEntry>().ToList();
        history.AddRange(State.PendingHistory.Where(p => p.Number > history.Count));
        var lockedOut = State.LockedUntil is { } until && until > time.GetUtcNow() ? until : (DateTimeOffset?)null;
        return new AccountDetails(profile, State.Status, State.CreatedAt, State.LastSignInAt, lockedOut, history);
    }

    public Task<string?> GetSessionStampAsync() =>
        Task.FromResult(State.Profile is null || State.LockedByAdmin ? null : State.SessionStamp);

    public Task<AdminActionOutcome> LockAsync(AdminAction action) =>
        ActAsync(State.DecideLock(this.GetPrimaryKeyString(), action, time.GetUtcNow()), endsSessions: true);

    public Task<AdminActionOutcome> UnlockAsync(AdminAction action) =>
        ActAsync(State.DecideUnlock(action, time.GetUtcNow()), endsSessions: false);

    public async Task<AdminActionOutcome> ResetPasswordAsync(AdminAction action, string newPassword)
    {
        var (entry, refusal) = State.DecideResetPassword(this.GetPrimaryKeyString(), action, time.GetUtcNow());
        if (refusal is null && newPassword is not { Length: >= AccountRules.MinPasswordLength and <= AccountRules.MaxPasswordLength })
        {
            throw new ArgumentException($"A password is {AccountRules.MinPasswordLength}–{AccountRules.MaxPasswordLength} characters.", nameof(newPassword));
        }

        if (refusal is null)
        {
            // Stored (or forgotten, if the write fails) together with the history entry in ActAsync.
            var profile = State.Profile!;
            (_, State.PasswordHash) = await passwordWork.RunAsync(() => hasher.HashPassword(profile, newPassword), refusable: false);
        }

        return await ActAsync((entry, refusal), endsSessions: true);
    }

    public async Task SyncDirectoryAsync()
    {
        if (State.Profile is not null)
        {
            // Asked because the entry is missing: write it whatever the state believes it last wrote.
            State.DirectoryRevision = 0;
            await PublishAsync();
        }
    }

    private async Task<AdminActionOutcome> ActAsync((AccountHistoryEntry? Entry, string? Refusal) decision, bool endsSessions)
    {
        if (decision.Refusal is { } refusal)
        {
            return AdminActionOutcome.Refused(refusal);
        }

        var entry = decision.Entry!;
        State.Apply(entry, NewSessionStamp());
        try
        {
            await stored.WriteStateAsync();
        }
        catch
        {
            // Nothing was stored: forget the changed memory too (the next call reads the stored state again).
            DeactivateOnIdle();
            throw;
        }

        logger.LogInformation("Account {Username}: {Action} by the admin {Admin}", this.GetPrimaryKeyString(), entry.Kind, entry.AdminUsername);
        await PublishAsync();
        if (endsSessions)
        {
            await EndSessionsAsync();
        }

        return AdminActionOutcome.Ok;
    }

    /// <summary>Appends the outbox's audit events and writes the directory entry if behind; failures wait for the next try.</summary>
    private async Task PublishAsync()
    {
        var username = this.GetPrimaryKeyString();
        try
        {
            var changed = false;
            foreach (var entry in State.PendingHistory.OrderBy(e => e.Number).ToList())
            {
                try
                {
                    await journal.AppendAsync(AccountAudit.StreamKey(username), entry.Number - 1, [AccountAudit.ToEvent(username, entry)]);
                }
                catch (StreamVersionConflictException)
                {
                    // This grain is the stream's only writer: the event got in before a failure and is there already.
                }

                State.PendingHistory.Remove(entry);
                changed = true;
            }

            if (State.NeedsDirectoryWrite)
            {
                State.Revision = Math.Max(State.Revision, 1);
                await directory.WriteAsync(AccountDirectoryEntry.From(State));
                State.DirectoryRevision = State.Revision;
                changed = true;
            }

            if (changed)
            {
                await stored.WriteStateAsync();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Account {Username}: directory or audit not written yet; tried again at the next change or activation", username);
        }
    }

    private async Task EndSessionsAsync()
    {
        try
        {
            await GrainFactory.GetGrain<ISessionRevocationGrain>(0).EndSessionsAsync(this.GetPrimaryKeyString());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The stamp changed already; frontends that miss the push find out when their cached check expires.
            logger.LogWarning(ex, "Account {Username}: frontends not told that its sessions ended", this.GetPrimaryKeyString());
        }
    }

    private static string NewSessionStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
