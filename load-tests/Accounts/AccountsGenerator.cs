using System.Globalization;
using System.Text;

namespace Mooc.LoadTests.Accounts;

/// <summary>
/// Writes N learner accounts for <c>./mooc import-accounts</c> (nip;nama;unit;email;peran;username;password) and the
/// matching <c>username;password</c> file for <c>--accounts</c>. Offline: it never contacts the server.
/// </summary>
public static class AccountsGenerator
{
    public const int MaxAccounts = 999;
    public const string Password = "Ujian#2026";

    /// <summary>18 digits, "19900101201503" + 9001…9999; the demo learners use …031001 onwards, so they never collide.</summary>
    public static string Nip(int index) => "19900101201503" + (9000 + index).ToString("D4", CultureInfo.InvariantCulture);

    public static void Write(int count, string importPath, string accountsPath)
    {
        var import = new StringBuilder("nip;nama;unit;email;peran;username;password\n");
        var accounts = new StringBuilder("username;password\n");
        for (var i = 1; i <= count; i++)
        {
            var nip = Nip(i);
            var number = i.ToString("D3", CultureInfo.InvariantCulture);
            import.Append(CultureInfo.InvariantCulture,
                $"{nip};Peserta Uji Beban {number};Balai Diklat Uji Beban;ujibeban{number}@loadtest.example.go.id;peserta;{nip};{Password}\n");
            accounts.Append(CultureInfo.InvariantCulture, $"{nip};{Password}\n");
        }

        File.WriteAllText(importPath, import.ToString());
        File.WriteAllText(accountsPath, accounts.ToString());
    }

    /// <summary>The username;password file sits next to the import file: FILE.csv → FILE.accounts.csv.</summary>
    public static string AccountsPathFor(string importPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(importPath)) ?? ".", Path.GetFileNameWithoutExtension(importPath) + ".accounts.csv");
}
