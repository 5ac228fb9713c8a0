using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;

namespace Mooc.WebFrontend.News;

/// <summary>"Kelola Berita" over the Orleans client: every item (published or withdrawn), edits and "Tarik"/"Terbitkan", each naming the admin.</summary>
public sealed class NewsAdminService(IClusterClient cluster)
{
    public Task<IReadOnlyList<NewsListing>> ListAllAsync() => cluster.GetGrain<INewsQueryGrain>(0).ListAllAsync();

    public Task<NewsEdition?> GetAsync(string? slug) =>
        IsPlausibleSlug(slug) ? cluster.GetGrain<INewsGrain>(slug!).GetEditionAsync() : Task.FromResult<NewsEdition?>(null);

    public async Task<NewsSaveResult> SaveAsync(string slug, NewsArticleDraft article, ContentEditor editor, bool create)
    {
        if (!IsPlausibleSlug(slug))
        {
            return new NewsSaveResult(null, "slug", null);
        }

        try
        {
            return new NewsSaveResult(await cluster.GetGrain<INewsGrain>(slug).EditAsync(article, editor, create), null, null);
        }
        catch (NewsRefusedException ex)
        {
            return new NewsSaveResult(null, ex.Field, ex.Message);
        }
    }

    public Task<bool> WithdrawAsync(string? slug, ContentEditor editor) =>
        IsPlausibleSlug(slug) ? cluster.GetGrain<INewsGrain>(slug!).WithdrawAsync(editor) : Task.FromResult(false);

    public Task<bool> RepublishAsync(string? slug, ContentEditor editor) =>
        IsPlausibleSlug(slug) ? cluster.GetGrain<INewsGrain>(slug!).RepublishAsync(editor) : Task.FromResult(false);

    /// <summary>The slug rule of the news grain (lowercase letters, digits, single inner hyphens, ≤120), checked before a grain is activated for it.</summary>
    public static bool IsPlausibleSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 120 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal);
}
