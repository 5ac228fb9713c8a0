using JasperFx.Events;
using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Catalog;

/// <summary>
/// Course streams give the catalogue entry; enrolments from every learner stream count its participants.
/// Asynchronous, so concurrent enrolments in one course are counted one after another by the daemon.
/// </summary>
public sealed class CourseCatalogProjection : MultiStreamProjection<CourseCatalogEntry, string>
{
    public CourseCatalogProjection()
    {
        Identity<CoursePublished>(e => e.Code);
        Identity<CourseDescriptionRevised>(e => e.Code);
        Identity<LearnerEnrolled>(e => e.CourseCode);
    }

    public static void Apply(IEvent<CoursePublished> e, CourseCatalogEntry entry)
    {
        entry.Id = e.Data.Code;
        entry.Description = e.Data.Description;
        entry.PublishedAt = e.Timestamp;
    }

    public static void Apply(CourseDescriptionRevised e, CourseCatalogEntry entry) => entry.Description = e.Description;

    public static void Apply(LearnerEnrolled e, CourseCatalogEntry entry) => entry.Participants++;
}
