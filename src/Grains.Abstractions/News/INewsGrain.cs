using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Grains.Abstractions.News;

/// <summary>One news item (key: its URL slug); single writer of its stream.</summary>
public interface INewsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Publishes or revises the item as the system (the demo seeder); the same text again changes nothing, and neither
    /// does an item an admin has edited or withdrawn (the admin's word wins).
    /// </summary>
    Task<PublishOutcome> PublishAsync(NewsArticleDraft article);

    /// <summary>An admin creates (<paramref name="create"/>: refused when the slug is taken) or edits the item; a withdrawn item stays withdrawn.</summary>
    /// <exception cref="NewsRefusedException">A rule is broken; nothing changed.</exception>
    Task<PublishOutcome> EditAsync(NewsArticleDraft article, ContentEditor editor, bool create);

    /// <summary>Withdraws ("Tarik") a published item; withdrawing a withdrawn item changes nothing. False when there is no such item.</summary>
    Task<bool> WithdrawAsync(ContentEditor editor);

    /// <summary>Publishes a withdrawn item again; republishing a published item changes nothing. False when there is no such item.</summary>
    Task<bool> RepublishAsync(ContentEditor editor);

    /// <summary>The item for its editor, published or withdrawn; null when it does not exist.</summary>
    Task<NewsEdition?> GetEditionAsync();
}
