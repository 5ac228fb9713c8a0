using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Accounts.Import;
using Mooc.WebFrontend.Accounts.Sessions;

namespace Mooc.WebFrontend.Accounts.Administration;

/// <summary>"Kelola Akun": the directory search, the account page and the admin's actions, over the account grains.</summary>
public sealed class AccountAdminService(IClusterClient cluster, SessionRevocationListener sessions)
{
    public const string NotFound = "Akun tidak ditemukan.";

    public Task<AccountSearchResult> SearchAsync(AccountSearch search) => cluster.GetGrain<IAccountDirectoryQueryGrain>(0).SearchAsync(search);

    /// <summary>Null for a name that cannot be an account or has none.</summary>
    public Task<AccountDetails?> GetAsync(string? username) =>
        AccountService.IsPlausibleUsername(username) ? Account(username!).GetDetailsAsync() : Task.FromResult<AccountDetails?>(null);

    public Task<AdminActionOutcome> LockAsync(string? username, AdminAction action) =>
        ActAsync(username, account => account.LockAsync(action), endsSessions: true);

    public Task<AdminActionOutcome> UnlockAsync(string? username, AdminAction action) =>
        ActAsync(username, account => account.UnlockAsync(action), endsSessions: false);

    /// <summary>A new initial password, returned once to show the admin; the grain keeps only its hash.</summary>
    public async Task<(AdminActionOutcome Outcome, string? Password)> ResetPasswordAsync(string? username, AdminAction action)
    {
        var password = InitialPasswordGenerator.Next();
        var outcome = await ActAsync(username, account => account.ResetPasswordAsync(action, password), endsSessions: true);
        return (outcome, outcome.Done ? password : null);
    }

    private async Task<AdminActionOutcome> ActAsync(string? username, Func<IAccountGrain, Task<AdminActionOutcome>> act, bool endsSessions)
    {
        if (!AccountService.IsPlausibleUsername(username))
        {
            return AdminActionOutcome.Refused(NotFound);
        }

        var name = AccountService.Normalize(username!);
        var outcome = await act(Account(name));
        if (outcome.Done && endsSessions)
        {
            // This frontend at once, without waiting for the cluster's push (which reaches the others).
            sessions.EndHere(name);
        }

        return outcome;
    }

    private IAccountGrain Account(string username) => cluster.GetGrain<IAccountGrain>(AccountService.Normalize(username));
}
