namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>Search text (title or summary, case-insensitive) and an optional level, as on the home page.</summary>
[GenerateSerializer, Immutable]
public sealed record CatalogFilter([property: Id(0)] string? Search, [property: Id(1)] CourseLevel? Level)
{
    public static CatalogFilter All { get; } = new(null, null);
}
