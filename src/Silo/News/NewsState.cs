using Mooc.Silo.EventStore;
using Mooc.Grains.Abstractions.News;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.News;

/// <summary>A news item as rebuilt from its stream, and the rules for publishing it.</summary>
public sealed class NewsState : IStreamState
{
    public long Version { get; private set; }

    public NewsArticleDraft? Article { get; private set; }

    public static string StreamKey(string slug) => $"news:{slug}";

    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 120 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public void Apply(object @event)
    {
        Article = @event switch
        {
            NewsPublished e => e.Article,
            NewsRevised e => e.Article,
            _ => Article,
        };
        Version++;
    }

    public IReadOnlyList<object> DecidePublish(string slug, NewsArticleDraft proposed)
    {
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException("A news slug is 1–120 lowercase letters, digits or hyphens.", nameof(slug));
        }

        if (string.IsNullOrWhiteSpace(proposed.Title) || proposed.Title.Length > 200
            || string.IsNullOrWhiteSpace(proposed.Summary) || proposed.Summary.Length > 600
            || string.IsNullOrWhiteSpace(proposed.Body) || proposed.Body.Length > 20_000
            || string.IsNullOrWhiteSpace(proposed.Category) || proposed.Category.Length > 60)
        {
            throw new ArgumentException("Title (≤200), summary (≤600), body (≤20,000) and category (≤60) are required.");
        }

        return PublishDecision.Decide(Article, proposed, () => new NewsPublished(slug, proposed), () => new NewsRevised(slug, proposed));
    }
}
