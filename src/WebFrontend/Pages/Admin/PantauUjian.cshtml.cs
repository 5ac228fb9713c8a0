using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.Pages.Admin;

/// <summary>
/// Admin: the live exam board of a training ("Pantau Ujian"). The page is a shell; the board comes over the monitor
/// hub and changes are pushed to it. The /Admin folder requires the admin role.
/// </summary>
public sealed class PantauUjianModel(CatalogService catalog) : PageModel
{
    public IReadOnlyList<CourseCard> Courses { get; private set; } = [];

    public CourseCard? Course { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        Courses = (await catalog.ListPublishedCoursesAsync(CatalogFilter.All)).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        if (code is null)
        {
            return Page();
        }

        Course = Courses.FirstOrDefault(c => c.Code == code);
        return Course is null ? NotFound() : Page();
    }
}
