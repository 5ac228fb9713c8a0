using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.News;

namespace Mooc.WebFrontend.Pages;

/// <summary>Home (manual A): the trainings that can be taken, with search and a level filter, and the latest news.</summary>
public sealed class IndexModel(CatalogService catalog, NewsService news) : PageModel
{
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "level", SupportsGet = true)]
    public CourseLevel? Level { get; set; }

    public IReadOnlyList<CourseCard> Courses { get; private set; } = [];

    public IReadOnlyList<NewsItem> LatestNews { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || Level is not null;

    public async Task OnGetAsync()
    {
        var search = Search?.Trim();
        if (search?.Length > 100)
        {
            search = search[..100];
        }

        var level = Level is { } l && Enum.IsDefined(l) ? l : (CourseLevel?)null;
        var courses = catalog.ListPublishedCoursesAsync(new CatalogFilter(search, level));
        var latest = news.ListLatestAsync(3);
        Courses = await courses;
        LatestNews = await latest;
    }
}
