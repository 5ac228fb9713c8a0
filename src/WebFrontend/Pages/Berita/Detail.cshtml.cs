using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.News;
using Mooc.WebFrontend.News;

namespace Mooc.WebFrontend.Pages.Berita;

public sealed class DetailModel(NewsService news) : PageModel
{
    public NewsItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await news.GetAsync(slug) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
