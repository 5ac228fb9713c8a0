using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.WebFrontend.Accounts.Import;

namespace Mooc.WebFrontend.Pages.Admin;

/// <summary>Admin: create accounts from a CSV file, with an answer for every line. The /Admin folder requires the admin role.</summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class ImporAkunModel(AccountImporter importer) : PageModel
{
    public const int MaxUploadBytes = 2 * 1024 * 1024;
    public const string Template = "nip,nama,unit,email,peran\n199001012015031001,Andi Pratama,Kantor Imigrasi Kelas I TPI Jakarta Selatan,andi.pratama@example.go.id,peserta\n";

    public AccountImportReport? Report { get; private set; }

    public string? UploadError { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() => File(Encoding.UTF8.GetBytes(Template), "text/csv; charset=utf-8", "contoh-impor-akun.csv");

    public async Task<IActionResult> OnPostAsync(IFormFile? berkas, CancellationToken cancellationToken)
    {
        if (berkas is null || berkas.Length == 0)
        {
            UploadError = "Pilih berkas CSV terlebih dahulu.";
            return Page();
        }

        if (berkas.Length > MaxUploadBytes)
        {
            UploadError = "Berkas lebih besar dari 2 MB; bagi menjadi beberapa berkas.";
            return Page();
        }

        if (!berkas.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !berkas.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            UploadError = "Berkas harus berformat CSV (.csv).";
            return Page();
        }

        using var reader = new StreamReader(berkas.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Report = await importer.ImportAsync(reader, cancellationToken);
        return Page();
    }
}
