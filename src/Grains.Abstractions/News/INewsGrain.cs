using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Grains.Abstractions.News;

/// <summary>One news item (key: its URL slug); single writer of its stream.</summary>
public interface INewsGrain : IGrainWithStringKey
{
    /// <summary>Publishes or revises the item; the same text again changes nothing.</summary>
    Task<PublishOutcome> PublishAsync(NewsArticleDraft article);
}
