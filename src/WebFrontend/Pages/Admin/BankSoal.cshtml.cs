using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.ExamBanks;

namespace Mooc.WebFrontend.Pages.Admin;

/// <summary>Admin: "Bank Soal &amp; Ujian", every training (drafts and withdrawn ones too) with the size of its question bank, to pick one to edit.</summary>
public sealed class BankSoalModel(CatalogService catalog, ExamBankService banks) : PageModel
{
    public IReadOnlyList<(CourseAdminRow Course, ExamEdition? Exam)> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Drafts too: a new training gets its exam before it is published.
        var courses = await catalog.ListAllCoursesAsync(null);
        var exams = await Task.WhenAll(courses.Select(c => banks.GetExamAsync(c.Code)));
        Rows = courses.Zip(exams).OrderBy(r => r.First.Code, StringComparer.Ordinal).ToList();
    }
}
