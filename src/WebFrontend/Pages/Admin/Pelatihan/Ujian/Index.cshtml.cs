using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.ExamBanks;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Pages.Admin.Pelatihan.Ujian;

/// <summary>Admin: a training's exam settings ("Pengaturan Ujian") and its question bank ("Bank Soal"), searchable and paged.</summary>
public sealed class IndexModel(ExamBankService banks, IStringLocalizer<SharedResource> text) : ExamPageBase(banks, text)
{
    public const int PageSize = 25;

    [BindProperty]
    public ExamSettingsForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(int Number, ExamQuestion Question)> Shown { get; private set; } = [];

    public int Matches { get; private set; }

    public int PageCount { get; private set; }

    public int BankSize => Exam?.Exam.Questions.Count ?? 0;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        Form = ExamSettingsForm.From(Exam?.Exam.Settings ?? ExamBankService.DefaultSettings(BankSize));
        Revision = Exam?.Revision ?? 0;
        ListQuestions();
        return Page();
    }

    public async Task<IActionResult> OnPostPengaturanAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        ListQuestions();
        if (!ModelState.IsValid)
        {
            WordBindingErrors();
            return Page();
        }

        var result = await Banks.SaveSettingsAsync(code, Exam, Form.ToSettings(), Editor, Revision);
        if (!result.Saved)
        {
            ShowRefusal(result, "Form.", BankSize);
            return Page();
        }

        Message = Text["Pengaturan ujian disimpan."];
        return RedirectToPage(new { code });
    }

    public async Task<IActionResult> OnPostHapusAsync(string code, string? id)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        if (Exam is null || Exam.Exam.Questions.All(q => q.Id != id))
        {
            Message = Text["Soal tidak ditemukan; mungkin sudah dihapus."];
            return RedirectToPage(new { code });
        }

        var result = await Banks.DeleteQuestionAsync(code, Exam, id!, Editor, Revision);
        if (!result.Saved)
        {
            Form = ExamSettingsForm.From(Exam.Exam.Settings);
            ListQuestions();
            var (_, message) = ExamRuleMessages.For(result.Rule!.Value, result.QuestionId, BankSize - 1, Text);
            Error = result.Rule == ExamRule.QuestionsPerAttempt ? Text["Soal tidak dihapus: {0}", message] : message;
            return Page();
        }

        Message = Text["Soal {0} dihapus.", id!];
        return RedirectToPage(new { code, cari = Search, hal = PageNumber });
    }

    private void ListQuestions()
    {
        var all = Exam?.Exam.Questions ?? [];
        var term = Search?.Trim();
        var matches = all.Select((q, i) => (Number: i + 1, Question: q))
            .Where(x => string.IsNullOrEmpty(term) || x.Question.Id.Contains(term, StringComparison.OrdinalIgnoreCase)
                || x.Question.Text.Contains(term, StringComparison.OrdinalIgnoreCase) || x.Question.Options.Any(o => o.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Matches = matches.Count;
        PageCount = Math.Max(1, (Matches + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Shown = matches.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
