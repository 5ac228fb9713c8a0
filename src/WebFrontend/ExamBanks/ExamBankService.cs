using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>
/// The admin's exam editor over the Orleans client: reads the exam with its answer key (admin pages only, behind the admin
/// policy) and saves settings and bank through <see cref="ICourseGrain.EditExamAsync"/>, which keeps the rules and the audit.
/// </summary>
public sealed class ExamBankService(IClusterClient cluster)
{
    /// <summary>The settings a training without an exam starts from.</summary>
    public static ExamSettings DefaultSettings(int bankSize) => new(Math.Clamp(bankSize, 1, 10), 60, 70, 3, true, true, true);

    public Task<CourseDescription?> GetCourseAsync(string code) =>
        CatalogService.IsPlausibleCode(code) ? cluster.GetGrain<ICourseGrain>(code).GetDescriptionAsync() : Task.FromResult<CourseDescription?>(null);

    public Task<ExamEdition?> GetExamAsync(string code) =>
        CatalogService.IsPlausibleCode(code) ? cluster.GetGrain<ICourseGrain>(code).GetExamForEditingAsync() : Task.FromResult<ExamEdition?>(null);

    public async Task<ExamSaveResult> SaveAsync(string code, ExamDefinition exam, ContentEditor editor, int expectedRevision)
    {
        try
        {
            return new ExamSaveResult(await cluster.GetGrain<ICourseGrain>(code).EditExamAsync(exam, editor, expectedRevision), null, null);
        }
        catch (ExamRefusedException ex)
        {
            return new ExamSaveResult(null, ex.Rule, ex.QuestionId);
        }
    }

    /// <summary>New settings with the current bank.</summary>
    public Task<ExamSaveResult> SaveSettingsAsync(string code, ExamEdition? current, ExamSettings settings, ContentEditor editor, int expectedRevision) =>
        SaveAsync(code, new ExamDefinition(settings, current?.Exam.Questions ?? []), editor, expectedRevision);

    /// <summary>Adds or replaces (same id, in place) a question; a first question starts the exam with default settings.</summary>
    public Task<ExamSaveResult> SaveQuestionAsync(string code, ExamEdition? current, ExamQuestion question, ContentEditor editor, int expectedRevision)
    {
        var bank = current?.Exam.Questions.ToList() ?? [];
        var index = bank.FindIndex(q => q.Id == question.Id);
        if (index >= 0)
        {
            bank[index] = question;
        }
        else
        {
            bank.Add(question);
        }

        return SaveAsync(code, new ExamDefinition(current?.Exam.Settings ?? DefaultSettings(bank.Count), bank), editor, expectedRevision);
    }

    /// <summary>Removes a question from the bank. Past attempts keep theirs: each attempt stores the questions it showed.</summary>
    public Task<ExamSaveResult> DeleteQuestionAsync(string code, ExamEdition current, string id, ContentEditor editor, int expectedRevision) =>
        SaveAsync(code, current.Exam with { Questions = current.Exam.Questions.Where(q => q.Id != id).ToList() }, editor, expectedRevision);

    /// <summary>Imports the good rows of a CSV as one edit (one event), or nothing.</summary>
    public async Task<(ExamSaveResult Result, QuestionImportSummary Summary)> ImportAsync(
        string code, ExamEdition? current, IReadOnlyList<QuestionCsvRow> rows, QuestionImportMode mode, ContentEditor editor, int expectedRevision)
    {
        var (bank, summary) = QuestionImportPlan.Apply(current?.Exam.Questions ?? [], rows, mode);
        var settings = current?.Exam.Settings ?? DefaultSettings(bank.Count);
        return (await SaveAsync(code, new ExamDefinition(settings, bank), editor, expectedRevision), summary);
    }
}
