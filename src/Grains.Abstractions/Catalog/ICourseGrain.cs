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

    /// <summary>
    /// Publishes or replaces the final exam (settings and question bank) as the system (the demo seeder, tests); the same
    /// exam again changes nothing, and neither does an exam an admin has edited since (the admin's edit wins).
    /// </summary>
    /// <exception cref="ArgumentException">Settings or questions break a rule; the message says which.</exception>
    Task<PublishOutcome> PublishExamAsync(Exams.ExamDefinition exam);

    /// <summary>The exam with its answer key: for the silo's own grains only, never for a page or hub (admins use <see cref="GetExamForEditingAsync"/>).</summary>
    Task<Exams.ExamDefinition?> GetExamAsync();

    /// <summary>
    /// An admin's edit of the final exam (settings and bank), recorded with the admin's name. Refused with
    /// <see cref="Exams.ExamRefusedException"/> (rule <see cref="Exams.ExamRule.Stale"/>) when the exam changed since
    /// <paramref name="expectedRevision"/> was read, so two admins never overwrite each other unseen.
    /// </summary>
    /// <exception cref="Exams.ExamRefusedException">A rule is broken; nothing changed.</exception>
    Task<PublishOutcome> EditExamAsync(Exams.ExamDefinition exam, ContentEditor editor, int expectedRevision);

    /// <summary>
    /// The exam with its answer key, its revision and who edited it last, for the admin's exam editor
    /// (<c>/admin/pelatihan/{code}/ujian</c>, behind the admin policy): editing a bank needs the key. Null without an exam.
    /// </summary>
    Task<Exams.ExamEdition?> GetExamForEditingAsync();
}
