using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.News;

namespace Mooc.WebFrontend.Pages.Admin.Berita;

/// <summary>Admin: "Kelola Berita", every news item, published or withdrawn; "Tarik" takes one off the site, "Terbitkan" puts it back.</summary>
public sealed class IndexModel(NewsAdminService news, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<NewsListing> Items { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => Items = await news.ListAllAsync();

    public async Task<IActionResult> OnPostTarikAsync(string? slug)
    {
        Message = await news.WithdrawAsync(slug, Editor) ? text["Berita {0} ditarik dari situs.", slug!] : text["Berita tidak ditemukan."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTerbitkanAsync(string? slug)
    {
        Message = await news.RepublishAsync(slug, Editor) ? text["Berita {0} diterbitkan kembali.", slug!] : text["Berita tidak ditemukan."];
        return RedirectToPage();
    }

    private ContentEditor Editor => new(User.Username(), User.DisplayName());
}
