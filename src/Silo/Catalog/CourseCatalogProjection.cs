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
        Identity<CourseDrafted>(e => e.Code);
        Identity<CourseWithdrawn>(e => e.Code);
        Identity<CourseRepublished>(e => e.Code);
        Identity<LearnerEnrolled>(e => e.CourseCode);
    }

    public static void Apply(IEvent<CoursePublished> e, CourseCatalogEntry entry)
    {
        entry.Id = e.Data.Code;
        entry.Description = e.Data.Description;
        entry.PublishedAt = e.Timestamp;
        entry.Status = CourseStatus.Published;
    }

    public static void Apply(IEvent<CourseDrafted> e, CourseCatalogEntry entry)
    {
        entry.Id = e.Data.Code;
        entry.Description = e.Data.Description;
        entry.Status = CourseStatus.Draft;
    }

    public static void Apply(CourseWithdrawn e, CourseCatalogEntry entry) => entry.Status = CourseStatus.Withdrawn;

    /// <summary>A draft shown for the first time is "published" from then on.</summary>
    public static void Apply(IEvent<CourseRepublished> e, CourseCatalogEntry entry)
    {
        if (entry.Status == CourseStatus.Draft)
        {
            entry.PublishedAt = e.Timestamp;
        }

        entry.Status = CourseStatus.Published;
    }

    public static void Apply(CourseDescriptionRevised e, CourseCatalogEntry entry) => entry.Description = e.Description;

    public static void Apply(LearnerEnrolled e, CourseCatalogEntry entry) => entry.Participants++;
}
