using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Mooc.WebFrontend.ExamBanks;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Pages.Admin.Pelatihan.Ujian;

/// <summary>
/// Admin: "Impor Soal" from a CSV file. Any bad row: a table of every problem (row, column, message) and nothing imported.
/// All rows good: one edit of the bank (one event) and a summary.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public sealed class ImporModel(ExamBankService banks, IStringLocalizer<SharedResource> text) : ExamPageBase(banks, text)
{
    public const int MaxUploadBytes = 2 * 1024 * 1024;

    public const string Template =
        "id;pertanyaan;opsi_a;opsi_b;opsi_c;opsi_d;opsi_e;jawaban\r\n"
        + "contoh-01;Dokumen perjalanan yang diterbitkan bagi WNI yang kehilangan paspornya di luar negeri adalah ...;Paspor dinas;Visa kunjungan;Pas lintas batas;Paspor biasa;Surat Perjalanan Laksana Paspor (SPLP);E\r\n"
        + ";\"Teks soal boleh memuat titik koma; atau baris baru\r\nbila diapit tanda petik.\";Pilihan A;Pilihan B;Pilihan C;Pilihan D;;A\r\n";

    [BindProperty]
    public string Mode { get; set; } = "tambahkan";

    public QuestionCsvResult? Read { get; private set; }

    public QuestionImportSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        Revision = Exam?.Revision ?? 0;
        return Page();
    }

    public IActionResult OnGetTemplate() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Template)).ToArray(), "text/csv; charset=utf-8", "contoh-impor-soal.csv");

    public async Task<IActionResult> OnPostAsync(string code, IFormFile? berkas)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        var mode = Mode switch { "tambahkan" => QuestionImportMode.Append, "ganti-semua" => QuestionImportMode.ReplaceAll, _ => (QuestionImportMode?)null };
        if (mode is null)
        {
            Error = Text["Pilih cara impor: Tambahkan atau Ganti semua."];
            return Page();
        }

        if (berkas is null || berkas.Length == 0)
        {
            Error = Text["Pilih berkas CSV terlebih dahulu."];
            return Page();
        }

        if (berkas.Length > MaxUploadBytes)
        {
            Error = Text["Berkas lebih besar dari 2 MB; bagi menjadi beberapa berkas."];
            return Page();
        }

        if (!berkas.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !berkas.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            Error = Text["Berkas harus berformat CSV (.csv)."];
            return Page();
        }

        using (var reader = new StreamReader(berkas.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            Read = QuestionCsvReader.Read(reader);
        }

        if (!Read.Ok)
        {
            return Page();
        }

        var (result, summary) = await Banks.ImportAsync(code, Exam, Read.Rows, mode.Value, Editor, Revision);
        if (!result.Saved)
        {
            var (_, message) = ExamRuleMessages.For(result.Rule!.Value, result.QuestionId, summary.BankSize, Text);
            Error = Text["Tidak ada soal yang diimpor: {0}", message];
            return Page();
        }

        Summary = summary;
        await LoadAsync(code);
        ModelState.Remove(nameof(Revision));
        Revision = Exam?.Revision ?? 0;
        return Page();
    }
}
