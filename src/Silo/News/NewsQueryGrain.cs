using Marten;
using Mooc.Grains.Abstractions.News;
using Orleans.Concurrency;

namespace Mooc.Silo.News;

[StatelessWorker]
public sealed class NewsQueryGrain(IDocumentStore store) : Grain, INewsQueryGrain
{
    public async Task<IReadOnlyList<NewsItem>> ListLatestAsync(int count)
    {
        await using var session = store.QuerySession();
        var docs = await session.Query<NewsArticle>()
            .Where(n => !n.Withdrawn)
            .OrderByDescending(n => n.PublishedOn)
            .ThenBy(n => n.Id)
            .Take(Math.Clamp(count, 1, 100))
            .ToListAsync();
        return docs.Select(d => d.ToItem()).ToList();
    }

    public async Task<NewsItem?> GetAsync(string slug)
    {
        if (!NewsState.IsValidSlug(slug))
        {
            return null;
        }

        await using var session = store.QuerySession();
        return await session.LoadAsync<NewsArticle>(slug) is { Withdrawn: false } doc ? doc.ToItem() : null;
    }

    public async Task<IReadOnlyList<NewsListing>> ListAllAsync()
    {
        await using var session = store.QuerySession();
        var docs = await session.Query<NewsArticle>()
            .OrderByDescending(n => n.PublishedOn)
            .ThenBy(n => n.Id)
            .Take(1000)
            .ToListAsync();
        return docs.Select(d => d.ToListing()).ToList();
    }
}
