namespace Mooc.Grains.Abstractions.News;

/// <summary>Reads projected news; a stateless worker. Withdrawn items are only in <see cref="ListAllAsync"/>.</summary>
public interface INewsQueryGrain : IGrainWithIntegerKey
{
    /// <summary>The newest published items first.</summary>
    Task<IReadOnlyList<NewsItem>> ListLatestAsync(int count);

    /// <summary>A published item, or null (unknown or withdrawn).</summary>
    Task<NewsItem?> GetAsync(string slug);

    /// <summary>Every item, published and withdrawn, newest first (for the admin's list).</summary>
    Task<IReadOnlyList<NewsListing>> ListAllAsync();
}
