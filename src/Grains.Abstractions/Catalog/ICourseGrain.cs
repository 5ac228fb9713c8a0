namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>One training; the key is its course code (e.g. <c>PLT-IMI-001</c>). Single writer of the course's stream.</summary>
public interface ICourseGrain : IGrainWithStringKey
{
    /// <summary>Publishes the course, or revises its description; publishing the same description again changes nothing.</summary>
    Task<PublishOutcome> PublishAsync(CourseDescription description);

    Task<CourseDescription?> GetDescriptionAsync();

    /// <summary>Publishes the body of a material listed in the description; the same body again changes nothing.</summary>
    /// <exception cref="ArgumentException">Unknown material, or content that does not fit its kind.</exception>
    Task<PublishOutcome> PublishMaterialAsync(string materialId, MaterialContent content);

    /// <summary>Publishes or replaces the final exam (settings and question bank); the same exam again changes nothing.</summary>
    /// <exception cref="ArgumentException">Settings or questions break a rule; the message says which.</exception>
    Task<PublishOutcome> PublishExamAsync(Exams.ExamDefinition exam);

    /// <summary>The exam with its answer key: for the silo's own grains only, never for a page or hub.</summary>
    Task<Exams.ExamDefinition?> GetExamAsync();
}
