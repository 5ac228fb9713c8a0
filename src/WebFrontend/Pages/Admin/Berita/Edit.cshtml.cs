using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.Infrastructure.Time;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Learning;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.News;

namespace Mooc.WebFrontend.Pages.Admin.Berita;

/// <summary>Admin: write a news item (no slug in the URL) or edit one; the body is Markdown, with a preview ("Pratinjau") that saves nothing.</summary>
public sealed class EditModel(NewsAdminService news, IStringLocalizer<SharedResource> text, TimeProvider time) : PageModel
{
    [BindProperty]
    public NewsForm Form { get; set; } = new();

    /// <summary>The item's slug when editing; null when writing a new one.</summary>
    public string? Slug { get; private set; }

    public bool Withdrawn { get; private set; }

    public IHtmlContent? Preview { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string? slug)
    {
        if (slug is not null)
        {
            if (await news.GetAsync(slug) is not { } item)
            {
                return NotFound();
            }

            (Slug, Withdrawn) = (slug, item.Withdrawn);
            var a = item.Article;
            Form = new NewsForm { Slug = slug, Title = a.Title, Summary = a.Summary, Body = a.Body, Category = a.Category, Date = a.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }
        else
        {
            Form.Date = Wib.Day(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPratinjauAsync(string? slug)
    {
        if (slug is not null && await news.GetAsync(slug) is null)
        {
            return NotFound();
        }

        Slug = slug;
        Preview = MarkdownRenderer.ToHtml(Form.Body ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug)
    {
        NewsEdition? existing = null;
        if (slug is not null && (existing = await news.GetAsync(slug)) is null)
        {
            return NotFound();
        }

        (Slug, Withdrawn) = (slug, existing?.Withdrawn == true);
        var target = slug ?? (string.IsNullOrWhiteSpace(Form.Slug) ? NewsSlug.FromTitle(Form.Title) : Form.Slug.Trim());
        if (!DateOnly.TryParseExact(Form.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError("Form.Date", text["Tanggal tidak valid; gunakan format tttt-bb-hh, misalnya 2026-12-01."]);
            return Page();
        }

        if (target.Length == 0)
        {
            ModelState.AddModelError("Form.Title", text["Judul wajib diisi, paling banyak 200 karakter."]);
            return Page();
        }

        var draft = new NewsArticleDraft(Form.Title?.Trim() ?? "", Form.Summary?.Trim() ?? "", Form.Body?.Trim() ?? "", Form.Category?.Trim() ?? "", date);
        var result = await news.SaveAsync(target, draft, new ContentEditor(User.Username(), User.DisplayName()), create: slug is null);
        if (!result.Saved)
        {
            var taken = result.Field == "slug" && NewsAdminService.IsPlausibleSlug(target) && slug is null;
            ModelState.AddModelError("Form." + Field(result.Field), result.Field switch
            {
                "slug" when taken => text["Slug {0} sudah dipakai berita lain; pilih slug lain.", target],
                "slug" => text["Slug hanya boleh berisi huruf kecil, angka dan tanda hubung (bukan di awal atau akhir), paling banyak 120 karakter."],
                "title" => text["Judul wajib diisi, paling banyak 200 karakter."],
                "summary" => text["Ringkasan wajib diisi, paling banyak 600 karakter."],
                "body" => text["Isi berita wajib diisi, paling banyak 20.000 karakter."],
                "category" => text["Kategori wajib diisi, paling banyak 60 karakter."],
                "date" => text["Tanggal harus antara tahun 2000 dan 2100."],
                _ => text["Perubahan ditolak; tidak ada yang diubah."],
            });
            return Page();
        }

        Message = slug is null ? text["Berita {0} diterbitkan.", target] : text["Berita {0} disimpan.", target];
        return RedirectToPage("Index");
    }

    private static string Field(string? field) => field switch
    {
        "slug" => nameof(NewsForm.Slug),
        "title" => nameof(NewsForm.Title),
        "summary" => nameof(NewsForm.Summary),
        "body" => nameof(NewsForm.Body),
        "category" => nameof(NewsForm.Category),
        "date" => nameof(NewsForm.Date),
        _ => "",
    };
}
