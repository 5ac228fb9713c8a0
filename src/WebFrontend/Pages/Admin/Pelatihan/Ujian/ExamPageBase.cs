using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.ExamBanks;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Pages.Admin.Pelatihan.Ujian;

/// <summary>What the exam editor's pages share: the training from the URL (unknown: 404), its exam, the admin, and placing a refusal next to its field.</summary>
public abstract class ExamPageBase(ExamBankService banks, IStringLocalizer<SharedResource> text) : PageModel
{
    protected ExamBankService Banks => banks;

    protected IStringLocalizer<SharedResource> Text => text;

    public string Code { get; private set; } = "";

    public CourseDescription Course { get; private set; } = null!;

    public ExamEdition? Exam { get; private set; }

    /// <summary>The exam's revision the form was read at; a save against another revision is refused (another admin saved in between).</summary>
    [BindProperty]
    public int Revision { get; set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; protected set; }

    protected ContentEditor Editor => new(User.Username(), User.DisplayName());

    /// <returns>False when the training does not exist (the page answers 404).</returns>
    protected async Task<bool> LoadAsync(string code)
    {
        if (await banks.GetCourseAsync(code) is not { } course)
        {
            return false;
        }

        (Code, Course, Exam) = (code, course, await banks.GetExamAsync(code));
        return true;
    }

    /// <summary>Shows a refusal next to its field (<paramref name="prefix"/> + field), or above the form.</summary>
    protected void ShowRefusal(ExamSaveResult result, string prefix, int bankSize, string? questionId = null)
    {
        var (field, message) = ExamRuleMessages.For(result.Rule!.Value, result.QuestionId, bankSize, text);
        if (field.Length == 0 || (questionId is not null && result.QuestionId is not null && result.QuestionId != questionId))
        {
            Error = questionId is null || result.QuestionId is null || result.QuestionId == questionId ? message : $"{message} (ID {result.QuestionId})";
            return;
        }

        ModelState.AddModelError(prefix + field, message);
    }

    /// <summary>Model binding's own (English) messages for a number that is not one, in the user's words.</summary>
    protected void WordBindingErrors()
    {
        foreach (var (key, entry) in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList())
        {
            entry!.Errors.Clear();
            ModelState.AddModelError(key, text["Isi dengan bilangan bulat."]);
        }
    }
}
