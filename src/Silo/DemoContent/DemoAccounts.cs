using System.Reflection;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.DemoContent;

/// <summary>
/// The demo accounts, read from <c>demo-accounts.csv</c> (embedded here; <c>./mooc run</c> prints the same file),
/// so the sign-in names the operator sees are the ones the silo creates.
/// </summary>
public static class DemoAccounts
{
    public static IReadOnlyList<(AccountProfile Profile, string Password)> All { get; } = Load();

    private static List<(AccountProfile, string)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("DemoContent/demo-accounts.csv")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(';'))
            .Select(f => (new AccountProfile(f[0], f[2], f[3], f[4], f[5], f[6] == "admin" ? AccountRole.Admin : AccountRole.Learner), f[1]))
            .ToList();
    }
}
