using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.CourseAdmin;

namespace Mooc.WebFrontend.Pages.Admin.Pelatihan;

/// <summary>Admin: "Kelola Pelatihan", every training whatever its status, searchable by code or title.</summary>
public sealed class IndexModel(CourseAdminService courses) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyList<CourseAdminRow> Courses { get; private set; } = [];

    public async Task OnGetAsync() => Courses = await courses.ListAsync(Q is { Length: <= 200 } q ? q : null);

    public static string StatusText(CourseStatus status) => status switch
    {
        CourseStatus.Published => "Terbit",
        CourseStatus.Draft => "Draf",
        _ => "Ditarik",
    };
}
