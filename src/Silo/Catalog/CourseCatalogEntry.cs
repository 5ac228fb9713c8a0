using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>Read model: one published training in the catalogue (document id = the course's stream key).</summary>
public sealed record CourseCatalogEntry
{
    public required string Id { get; init; }
    public required string Code { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public CourseLevel Level { get; init; }
    public int LessonHours { get; init; }
    public bool HasCertificate { get; init; }
    public required string Organiser { get; init; }
    public DateTimeOffset PublishedAt { get; init; }

    public CourseCard ToCard() => new(Code, Title, Summary, Level, LessonHours, HasCertificate, Organiser, PublishedAt);
}
