using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Exams;

namespace Mooc.WebFrontend.Pages.Ujian;

/// <summary>The exam page (manual E.2–E.3). The page is a shell; questions, answers and time come over the exam hub.</summary>
[Authorize]
public sealed class IndexModel(ExamService exams, CatalogService catalog) : PageModel
{
    public ExamAttemptView Attempt { get; private set; } = null!;

    public string Title { get; private set; } = "";

    /// <summary>The training issues certificates: a pass shows "Download Sertifikat" on the result.</summary>
    public bool HasCertificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid attemptId)
    {
        if (await exams.FindAsync(User.Username(), attemptId) is not { } attempt)
        {
            return NotFound();
        }

        Attempt = attempt;
        var course = await catalog.GetCourseAnyStatusAsync(attempt.CourseCode);
        Title = course?.Description.Title ?? attempt.CourseCode;
        HasCertificate = course?.Description.HasCertificate == true;
        return Page();
    }
}
