using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Learning;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Learning;

namespace Mooc.WebFrontend.Pages.Pelatihan;

/// <summary>Training detail (manual C.2–C.4) and "Daftar" (C.5–C.6).</summary>
public sealed class DetailModel(CatalogService catalog, LearningService learning) : PageModel
{
    public const string EnrolledMessage = "Pendaftaran berhasil. Pelatihan ini sudah ditambahkan ke Pelatihan yang Diikuti.";
    public const string AlreadyEnrolledMessage = "Anda sudah terdaftar pada pelatihan ini.";

    public CourseDetail Course { get; private set; } = null!;

    public bool IsEnrolled => Progress?.IsEnrolled == true;

    /// <summary>The signed-in learner's progress in this training; null for a visitor.</summary>
    public LearnerCourseProgress? Progress { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await catalog.GetCourseAsync(code) is not { } course)
        {
            // Withdrawn: gone for the public, but a learner already enrolled goes on to the learning page.
            return User.Identity?.IsAuthenticated == true && await catalog.GetCourseAnyStatusAsync(code) is not null
                && await learning.IsEnrolledAsync(User.Username(), code)
                ? RedirectToPage("/Belajar/Index", new { code })
                : NotFound();
        }

        Course = course;
        Progress = User.Identity?.IsAuthenticated == true ? await learning.GetProgressAsync(User.Username(), code) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostDaftarAsync(string code)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!CatalogService.IsPlausibleCode(code))
        {
            return NotFound();
        }

        var outcome = await learning.EnrolAsync(User.Username(), code);
        // A draft or withdrawn training is not there for someone not yet enrolled, exactly like an unknown code.
        if (outcome is EnrolmentOutcome.CourseNotFound or EnrolmentOutcome.CourseClosed)
        {
            return NotFound();
        }

        Message = outcome == EnrolmentOutcome.Enrolled ? EnrolledMessage : AlreadyEnrolledMessage;
        return RedirectToPage(new { code });
    }
}
