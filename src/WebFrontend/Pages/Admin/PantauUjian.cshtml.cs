using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.Pages.Admin;

/// <summary>
/// Admin: the live exam board of a training ("Pantau Ujian"). The page is a shell; the board comes over the monitor
/// hub and changes are pushed to it. The /Admin folder requires the admin role.
/// </summary>
public sealed class PantauUjianModel(CatalogService catalog, Sittings.SittingService sittings) : PageModel
{
    public IReadOnlyList<CourseAdminRow> Courses { get; private set; } = [];

    public CourseAdminRow? Course { get; private set; }

    /// <summary>The training's sittings, for the board's sitting filter.</summary>
    public IReadOnlyList<Grains.Abstractions.Sittings.ExamSitting> Sittings { get; private set; } = [];

    /// <summary>The sitting chosen in the link (from "Jadwal Ujian"), if it is one of the training's.</summary>
    public Guid? SittingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, Guid? jadwal)
    {
        Courses = (await catalog.ListExamCoursesAsync()).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        if (code is null)
        {
            return Page();
        }

        Course = Courses.FirstOrDefault(c => c.Code == code);
        if (Course is null)
        {
            return NotFound();
        }

        Sittings = await sittings.ListAsync(Course.Code);
        SittingId = Sittings.Any(s => s.Id == jadwal) ? jadwal : null;
        return Page();
    }
}
