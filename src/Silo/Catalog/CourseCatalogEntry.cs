using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>Read model: one training in the catalogue with its participant count (document id = course code).</summary>
public sealed class CourseCatalogEntry
{
    public string Id { get; set; } = "";

    public CourseDescription? Description { get; set; }

    public int Participants { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Drafts and withdrawn trainings have a description but are not in the public catalogue.</summary>
    public CourseStatus Status { get; set; }

    public bool Exists => Description is not null;

    public bool IsPublished => Description is not null && Status == CourseStatus.Published;

    public CourseCard ToCard()
    {
        var d = Description!;
        return new CourseCard(Id, d.Title, d.Summary, d.Level, d.LessonHours, d.HasCertificate, d.Organiser, Participants);
    }

    public CourseDetail ToDetail() => new(Id, Description!, Participants, Status);

    public CourseAdminRow ToAdminRow() => new(Id, Description!.Title, Description.Level, Status, Participants, Description.Materials.Count);
}
