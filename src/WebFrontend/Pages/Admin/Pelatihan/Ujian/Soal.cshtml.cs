using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.ExamBanks;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Pages.Admin.Pelatihan.Ujian;

/// <summary>Admin: add a question to a training's bank, or edit one (its id stays, so attempt history keeps pointing at it).</summary>
public sealed class SoalModel(ExamBankService banks, IStringLocalizer<SharedResource> text) : ExamPageBase(banks, text)
{
    [BindProperty]
    public QuestionForm Form { get; set; } = new();

    /// <summary>The question's id; null while adding.</summary>
    public string? QuestionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? id)
    {
        if (!await LoadAsync(code) || !Find(id))
        {
            return NotFound();
        }

        Revision = Exam?.Revision ?? 0;
        if (Exam?.Exam.Questions.FirstOrDefault(q => q.Id == id) is { } question)
        {
            Form = QuestionForm.From(question);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string? id)
    {
        if (!await LoadAsync(code) || !Find(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            WordBindingErrors();
            return Page();
        }

        var bank = Exam?.Exam.Questions ?? [];
        var question = Form.ToQuestion(id ?? QuestionIds.Generator(bank.Select(q => q.Id))());
        var result = await Banks.SaveQuestionAsync(code, Exam, question, Editor, Revision);
        if (!result.Saved)
        {
            ShowRefusal(result, "Form.", bank.Count + (id is null ? 1 : 0), question.Id);
            return Page();
        }

        Message = id is null ? Text["Soal {0} ditambahkan.", question.Id] : Text["Soal {0} disimpan.", question.Id];
        return RedirectToPage("Index", new { code });
    }

    /// <returns>False for an id that is not in the bank (the page answers 404).</returns>
    private bool Find(string? id)
    {
        QuestionId = id;
        return id is null || Exam?.Exam.Questions.Any(q => q.Id == id) == true;
    }
}
