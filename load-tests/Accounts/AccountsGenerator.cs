using System.Globalization;
using System.Text;

namespace Mooc.LoadTests.Accounts;

/// <summary>
/// The load test's learner accounts: NIP = username = "199001012016" + a six-digit number, password
/// <see cref="Password"/>. Written for <c>./mooc import-accounts</c> (nip;nama;unit;email;peran;username;password) with
/// the matching <c>username;password</c> file for <c>--accounts</c>, or imported by the driver's own set-up.
/// </summary>
public static class AccountsGenerator
{
    public const int MaxAccounts = 99_999;
    public const string Password = "Ujian#2026";
    public const string Header = "nip;nama;unit;email;peran;username;password";

    /// <summary>18 digits; the demo learners' NIPs start 1990…2015/1992…/1988…, so they never collide.</summary>
    public static string Nip(int index) => "199001012016" + index.ToString("D6", CultureInfo.InvariantCulture);

    public static LearnerAccount Account(int index) => new(Nip(index), Password);

    /// <summary>One import line for account <paramref name="index"/> (1-based).</summary>
    public static string ImportLine(int index)
    {
        var nip = Nip(index);
        var number = index.ToString("D5", CultureInfo.InvariantCulture);
        return $"{nip};Peserta Uji Beban {number};Balai Diklat Uji Beban;ujibeban{number}@loadtest.example.go.id;peserta;{nip};{Password}";
    }

    public static void Write(int count, string importPath, string accountsPath)
    {
        var import = new StringBuilder(Header + "\n");
        var accounts = new StringBuilder("username;password\n");
        for (var i = 1; i <= count; i++)
        {
            import.Append(ImportLine(i)).Append('\n');
            accounts.Append(CultureInfo.InvariantCulture, $"{Nip(i)};{Password}\n");
        }

        File.WriteAllText(importPath, import.ToString());
        File.WriteAllText(accountsPath, accounts.ToString());
    }

    /// <summary>The username;password file sits next to the import file: FILE.csv → FILE.accounts.csv.</summary>
    public static string AccountsPathFor(string importPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(importPath)) ?? ".", Path.GetFileNameWithoutExtension(importPath) + ".accounts.csv");
}
