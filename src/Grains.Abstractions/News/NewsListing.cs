namespace Mooc.Grains.Abstractions.News;

/// <summary>One row of the admin's news list ("Kelola Berita"): published and withdrawn items alike.</summary>
[GenerateSerializer, Immutable]
public sealed record NewsListing(
    [property: Id(0)] string Slug,
    [property: Id(1)] string Title,
    [property: Id(2)] string Category,
    [property: Id(3)] DateOnly PublishedOn,
    [property: Id(4)] bool Withdrawn);
