using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.News;
using Mooc.WebFrontend.News;

namespace Mooc.WebFrontend.Pages.Berita;

public sealed class IndexModel(NewsService news) : PageModel
{
    public IReadOnlyList<NewsItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await news.ListLatestAsync(50);
}
