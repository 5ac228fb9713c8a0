using Mooc.Grains.Abstractions.News;

namespace Mooc.WebFrontend.News;

public sealed class NewsService(IClusterClient cluster)
{
    public Task<IReadOnlyList<NewsItem>> ListLatestAsync(int count) => cluster.GetGrain<INewsQueryGrain>(0).ListLatestAsync(count);

    public Task<NewsItem?> GetAsync(string slug) => cluster.GetGrain<INewsQueryGrain>(0).GetAsync(slug);
}
