namespace Mooc.Grains.Abstractions.News;

/// <summary>Reads projected news; a stateless worker.</summary>
public interface INewsQueryGrain : IGrainWithIntegerKey
{
    /// <summary>The newest items first.</summary>
    Task<IReadOnlyList<NewsItem>> ListLatestAsync(int count);

    Task<NewsItem?> GetAsync(string slug);
}
