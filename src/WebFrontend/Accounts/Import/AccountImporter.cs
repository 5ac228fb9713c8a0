using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>
/// Creates accounts from CSV rows through their grains. Every line gets its own answer; a bad line changes
/// nothing and does not stop the others; an account that exists is left untouched.
/// </summary>
public sealed class AccountImporter(IClusterClient cluster)
{
    private const int Parallelism = 4;

    public async Task<AccountImportReport> ImportAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        var (rows, error) = AccountCsvReader.Read(csv);
        if (error is not null)
        {
            return AccountImportReport.Failed(error);
        }

        var duplicates = rows.GroupBy(r => Username(r)).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)).ToHashSet();
        var results = new AccountImportRowResult[rows.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, rows.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, _) => results[i] = duplicates.Contains(rows[i])
                ? Result(rows[i], AccountImportStatus.Error, "Username/NIP ini muncul lebih dari sekali di berkas; hanya baris pertama yang diproses.")
                : await ImportRowAsync(rows[i]));
        return new AccountImportReport(null, results);
    }

    private async Task<AccountImportRowResult> ImportRowAsync(AccountCsvRow row)
    {
        if (ParseRole(row.Role) is not { } role)
        {
            return Result(row, AccountImportStatus.Error, $"Peran \"{row.Role}\" tidak dikenal: isi peserta atau admin.");
        }

        var username = Username(row);
        if (!AccountService.IsPlausibleUsername(username))
        {
            return Result(row, AccountImportStatus.Error, "Username harus 3–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");
        }

        var password = row.Password ?? InitialPasswordGenerator.Next();
        var profile = new AccountProfile(username, row.Nip, row.Name, row.Unit, row.Email, role);
        try
        {
            var outcome = await cluster.GetGrain<IAccountGrain>(username).RegisterAsync(profile, password);
            return outcome == RegistrationOutcome.Registered
                ? Result(row, AccountImportStatus.Created, "Akun dibuat.", row.Password is null ? password : null)
                : Result(row, AccountImportStatus.Skipped, "Akun sudah ada; tidak diubah.");
        }
        catch (ArgumentException invalid)
        {
            return Result(row, AccountImportStatus.Error, invalid.Message);
        }
    }

    private static string Username(AccountCsvRow row) => AccountService.Normalize(row.Username ?? row.Nip);

    private static AccountRole? ParseRole(string role) => role.Trim().ToLowerInvariant() switch
    {
        "peserta" or "learner" or "pelajar" => AccountRole.Learner,
        "admin" or "administrator" => AccountRole.Admin,
        _ => null,
    };

    private static AccountImportRowResult Result(AccountCsvRow row, AccountImportStatus status, string message, string? password = null) =>
        new(row.Line, Username(row), row.Nip, row.Name, status, message, password);
}
