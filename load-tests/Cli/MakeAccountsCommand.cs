using System.Globalization;
using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Cli;

/// <summary><c>--make-accounts N --out FILE</c>: writes the import CSV and the matching accounts file, then exits.</summary>
public static class MakeAccountsCommand
{
    public static bool IsRequested(IReadOnlyList<string> args) =>
        args.Any(a => a == "--make-accounts" || a.StartsWith("--make-accounts=", StringComparison.Ordinal));

    public static int Run(IReadOnlyList<string> args)
    {
        string? countRaw = null;
        string? outPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Contains('=', StringComparison.Ordinal)
                ? (args[i][..args[i].IndexOf('=', StringComparison.Ordinal)], args[i][(args[i].IndexOf('=', StringComparison.Ordinal) + 1)..])
                : (args[i], null);
            var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
            switch (name)
            {
                case "--make-accounts": countRaw = value; break;
                case "--out": outPath = value; break;
                default:
                    return Fail($"'{args[i]}' is not an option of --make-accounts (only --out FILE).");
            }
        }

        if (!int.TryParse(countRaw, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > AccountsGenerator.MaxAccounts)
        {
            return Fail($"--make-accounts must be a whole number from 1 to {AccountsGenerator.MaxAccounts}, not '{countRaw}'.");
        }

        if (string.IsNullOrWhiteSpace(outPath))
        {
            return Fail("--make-accounts needs --out FILE.csv (the CSV for ./mooc import-accounts).");
        }

        var accountsPath = AccountsGenerator.AccountsPathFor(outPath);
        try
        {
            AccountsGenerator.Write(count, outPath, accountsPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot write the account files: {exception.Message}");
        }

        Console.WriteLine($"Wrote {count} accounts for import to {Path.GetFullPath(outPath)}");
        Console.WriteLine($"Wrote username;password for --accounts to {accountsPath}");
        return ExitCodes.Ok;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.InvalidArguments;
    }
}
