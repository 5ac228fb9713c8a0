using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.Pages;

public sealed class IndexModel(CatalogService catalog) : PageModel
{
    public IReadOnlyList<CourseCard> Courses { get; private set; } = [];

    public async Task OnGetAsync() => Courses = await catalog.ListPublishedCoursesAsync();
}
