using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Cli;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>The examinees' accounts: from --accounts, or else the generated ones (user i takes account i + 1).</summary>
public static class ExamAccounts
{
    public static IReadOnlyList<LearnerAccount> Load(LoadTestOptions options)
    {
        if (options.AccountsFile is null)
        {
            return [.. Enumerable.Range(1, options.Users).Select(AccountsGenerator.Account)];
        }

        // The options builder already checked the file and that it holds an account per user.
        _ = AccountsFile.TryLoad(options.AccountsFile, out var accounts);
        return accounts;
    }
}
