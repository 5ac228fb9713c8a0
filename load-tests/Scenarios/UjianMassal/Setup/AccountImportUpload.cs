using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>
/// Imports the generated accounts as an admin does: "Impor Akun" (/admin/akun/impor), a CSV upload per chunk, and
/// the page's answer for every line read back (Created, Skipped or Error).
/// </summary>
public static partial class AccountImportUpload
{
    /// <summary>Lines per upload: each account costs a password hash on the silo, so a chunk stays well inside a request.</summary>
    public const int ChunkSize = 250;

    public static async Task<AccountImportTotals> ImportAsync(LearnerBrowser admin, int users, CancellationToken stop)
    {
        var totals = new AccountImportTotals(0, 0, 0);
        for (var first = 1; first <= users; first += ChunkSize)
        {
            var last = Math.Min(users, first + ChunkSize - 1);
            var csv = new StringBuilder(AccountsGenerator.Header).Append('\n');
            for (var i = first; i <= last; i++)
            {
                csv.Append(AccountsGenerator.ImportLine(i)).Append('\n');
            }

            var page = await admin.GetAsync("admin/akun/impor", stop)
                ?? throw new SetupException("the admin could not open Impor Akun (/admin/akun/impor); is the account an admin?");
            var token = HtmlForm.Hidden(page, HtmlForm.TokenField) ?? throw new SetupException("Impor Akun has no anti-forgery token.");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), HtmlForm.TokenField },
            };
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "berkas", $"uji-beban-{first}.csv");
            var (status, answer) = await admin.PostForPageAsync("admin/akun/impor", form, stop);
            if (status != HttpStatusCode.OK || answer is null)
            {
                throw new SetupException($"the upload of accounts {first}–{last} answered HTTP {(int)status}.");
            }

            totals = totals.Add(Count(answer, "Created"), Count(answer, "Skipped"), Count(answer, "Error"));
            if (totals.Created + totals.Skipped + totals.Errors < last)
            {
                throw new SetupException($"the upload of accounts {first}–{last} got no per-line report; the page said: {FileError(answer)}");
            }
        }

        return totals;
    }

    private static int Count(string page, string status) => Regex.Matches(page, $"data-status=\"{status}\"").Count;

    private static string FileError(string page) =>
        ImportFileError().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value.Trim()) : "(nothing)";

    [GeneratedRegex(@"data-testid=""import-file-error""[^>]*>([^<]*)<")]
    private static partial Regex ImportFileError();
}
