using CsvHelper;

namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>
/// Reads the account CSV: columns NIP, nama/name, unit, email/e-mail, peran/role, and optionally username and
/// password, in any order; the separator (comma or semicolon, as spreadsheets in Indonesian locales write) is detected.
/// </summary>
public static class AccountCsvReader
{
    public const int MaxRows = 10_000;

    private static readonly string[][] Required =
    [
        ["nip"], ["nama", "name", "nama lengkap"], ["unit", "unit kerja"], ["email", "e-mail", "surel"], ["peran", "role"],
    ];

    private static readonly string[] UsernameColumn = ["username"];
    private static readonly string[] PasswordColumn = ["password", "kata sandi"];

    public static (IReadOnlyList<AccountCsvRow> Rows, string? Error) Read(TextReader text)
    {
        var options = new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        try
        {
            csv.ReadHeader();
        }
        catch (CsvFormatException ex)
        {
            return ([], $"Berkas tidak dapat dibaca sebagai CSV: {ex.Message}");
        }

        if (csv.Headers.Count == 0)
        {
            return ([], "Berkas kosong: baris pertama harus berisi judul kolom NIP, nama, unit, email, peran.");
        }

        var columns = Required.Select(names => Find(csv, names)).ToArray();
        var missing = Required.Where((names, i) => columns[i] < 0).Select(names => names[0]).ToList();
        if (missing.Count > 0)
        {
            return ([], $"Kolom wajib tidak ditemukan: {string.Join(", ", missing)}. Judul kolom yang dibaca: {string.Join(", ", csv.Headers)}.");
        }

        var username = Find(csv, UsernameColumn);
        var password = Find(csv, PasswordColumn);
        var rows = new List<AccountCsvRow>();
        try
        {
            while (csv.Read())
            {
                if (rows.Count == MaxRows)
                {
                    return ([], $"Berkas berisi lebih dari {MaxRows:N0} baris data; bagi menjadi beberapa berkas.");
                }

                string Field(int index) => index < 0 ? "" : csv.GetString(index);
                rows.Add(new AccountCsvRow(
                    (int)csv.LineNumber,
                    Field(columns[0]), Field(columns[1]), Field(columns[2]), Field(columns[3]), Field(columns[4]),
                    NullIfEmpty(Field(username)), NullIfEmpty(Field(password))));
            }
        }
        catch (CsvFormatException ex)
        {
            return ([], $"Berkas tidak dapat dibaca sebagai CSV: {ex.Message}");
        }

        return rows.Count == 0 ? ([], "Berkas tidak berisi baris data.") : (rows, null);
    }

    private static int Find(CsvReader csv, string[] names)
    {
        foreach (var name in names)
        {
            if (csv.TryGetFieldIndex(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
