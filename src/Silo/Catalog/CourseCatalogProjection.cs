using JasperFx.Events;
using Marten.Events.Aggregation;
using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>Projects each course stream into its <see cref="CourseCatalogEntry"/>.</summary>
public sealed class CourseCatalogProjection : SingleStreamProjection<CourseCatalogEntry, string>
{
    public static CourseCatalogEntry Create(IEvent<CoursePublished> published) => new()
    {
        Id = published.StreamKey!,
        Code = published.Data.Code,
        Title = published.Data.Title,
        Summary = published.Data.Summary,
        Level = published.Data.Level,
        LessonHours = published.Data.LessonHours,
        HasCertificate = published.Data.HasCertificate,
        Organiser = published.Data.Organiser,
        PublishedAt = published.Timestamp,
    };

    public static CourseCatalogEntry Apply(CourseDescriptionRevised revised, CourseCatalogEntry current) => current with
    {
        Title = revised.Title,
        Summary = revised.Summary,
        Level = revised.Level,
        LessonHours = revised.LessonHours,
        HasCertificate = revised.HasCertificate,
        Organiser = revised.Organiser,
    };
}
