using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.Silo.EventStore;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.News;

/// <summary>A news item as rebuilt from its stream, and the rules for publishing, editing and withdrawing it.</summary>
public sealed class NewsState : IStreamState
{
    public const int MaxSlugLength = 120;
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 600;
    public const int MaxBodyLength = 20_000;
    public const int MaxCategoryLength = 60;

    public long Version { get; private set; }

    public NewsArticleDraft? Article { get; private set; }

    public bool Withdrawn { get; private set; }

    /// <summary>The admin who last edited, withdrew or republished the item; null while only the system has published it.</summary>
    public ContentEditor? LastAdmin { get; private set; }

    public static string StreamKey(string slug) => $"news:{slug}";

    /// <summary>1–120 lowercase ASCII letters, digits and single hyphens, not starting or ending with a hyphen (e.g. <c>jadwal-ujian-2026</c>).</summary>
    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxSlugLength
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal);

    public void Apply(object @event)
    {
        switch (@event)
        {
            case NewsPublished e:
                Article = e.Article;
                LastAdmin = Admin(e.AdminUsername, e.AdminName) ?? LastAdmin;
                break;
            case NewsRevised e:
                Article = e.Article;
                LastAdmin = Admin(e.AdminUsername, e.AdminName) ?? LastAdmin;
                break;
            case NewsWithdrawn e:
                Withdrawn = true;
                LastAdmin = new ContentEditor(e.AdminUsername, e.AdminName);
                break;
            case NewsRepublished e:
                Withdrawn = false;
                LastAdmin = new ContentEditor(e.AdminUsername, e.AdminName);
                break;
        }

        Version++;
    }

    /// <summary>
    /// What publishing <paramref name="proposed"/> produces: none when it is the same. Without an <paramref name="editor"/>
    /// (the demo seeder) an item an admin has touched is left alone. <paramref name="create"/> refuses an existing slug.
    /// </summary>
    /// <exception cref="NewsRefusedException">A rule is broken.</exception>
    public IReadOnlyList<object> DecidePublish(string slug, NewsArticleDraft proposed, ContentEditor? editor = null, bool create = false)
    {
        Refuse(IsValidSlug(slug), "slug", "A news slug is 1–120 lowercase letters, digits or single hyphens, not at either end.");
        Refuse(!create || Article is null, "slug", $"A news item with the slug '{slug}' already exists.");
        Refuse(!string.IsNullOrWhiteSpace(proposed.Title) && proposed.Title.Length <= MaxTitleLength, "title", "The title is required and at most 200 characters.");
        Refuse(!string.IsNullOrWhiteSpace(proposed.Summary) && proposed.Summary.Length <= MaxSummaryLength, "summary", "The summary is required and at most 600 characters.");
        Refuse(!string.IsNullOrWhiteSpace(proposed.Body) && proposed.Body.Length <= MaxBodyLength, "body", "The body is required and at most 20,000 characters.");
        Refuse(!string.IsNullOrWhiteSpace(proposed.Category) && proposed.Category.Length <= MaxCategoryLength, "category", "The category is required and at most 60 characters.");
        Refuse(proposed.PublishedOn.Year is >= 2000 and <= 2100, "date", "The date must be between 2000 and 2100.");
        if (editor is null && LastAdmin is not null)
        {
            return [];
        }

        return PublishDecision.Decide(Article, proposed,
            () => new NewsPublished(slug, proposed, editor?.Username, editor?.Name), () => new NewsRevised(slug, proposed, editor?.Username, editor?.Name));
    }

    /// <summary>Withdrawing: nothing when already withdrawn; refused when the item does not exist.</summary>
    public IReadOnlyList<object> DecideWithdraw(string slug, ContentEditor editor)
    {
        Refuse(Article is not null, "slug", $"There is no news item '{slug}'.");
        return Withdrawn ? [] : [new NewsWithdrawn(slug, editor.Username, editor.Name)];
    }

    /// <summary>Republishing: nothing when published; refused when the item does not exist.</summary>
    public IReadOnlyList<object> DecideRepublish(string slug, ContentEditor editor)
    {
        Refuse(Article is not null, "slug", $"There is no news item '{slug}'.");
        return Withdrawn ? [new NewsRepublished(slug, editor.Username, editor.Name)] : [];
    }

    private static ContentEditor? Admin(string? username, string? name) => username is null ? null : new ContentEditor(username, name ?? username);

    private static void Refuse(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new NewsRefusedException(field, message);
        }
    }
}
