using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.News;

/// <summary>What saving a news item did: its outcome, or the field the news grain refused it for (nothing changed).</summary>
public sealed record NewsSaveResult(PublishOutcome? Outcome, string? Field, string? Detail)
{
    public bool Saved => Outcome is not null;
}
