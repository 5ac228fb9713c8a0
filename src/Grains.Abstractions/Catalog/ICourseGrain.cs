namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>One training; the key is its course code (e.g. <c>PLT-IMI-001</c>). Single writer of the course's stream.</summary>
public interface ICourseGrain : IGrainWithStringKey
{
    /// <summary>
    /// Publishes the course, or revises its description; publishing the same description again changes nothing.
    /// A new course with <paramref name="asDraft"/> is saved as a draft, not shown until <see cref="RepublishAsync"/>;
    /// a revision never changes whether the course is shown.
    /// </summary>
    /// <param name="editor">The admin, named in the event; null for the demo seeder and tools.</param>
    /// <exception cref="ArgumentException">The description breaks a rule; the message says which.</exception>
    Task<PublishOutcome> PublishAsync(CourseDescription description, ContentEditor? editor = null, bool asDraft = false);

    Task<CourseDescription?> GetDescriptionAsync();

    /// <summary>Null when the course was never saved.</summary>
    Task<CourseStatus?> GetStatusAsync();

    /// <summary>The course for the admin's editor, or null when it was never saved.</summary>
    Task<CourseAdminView?> GetAdminViewAsync();

    /// <summary>Takes the course out of the catalogue (no new enrolments); true when it changed anything.</summary>
    /// <exception cref="ArgumentException">No such course, or no reason given.</exception>
    Task<bool> WithdrawAsync(ContentEditor editor, string reason);

    /// <summary>Puts a draft or withdrawn course into the catalogue; true when it changed anything.</summary>
    /// <exception cref="ArgumentException">No such course, or a listed material has no content yet.</exception>
    Task<bool> RepublishAsync(ContentEditor editor, string reason);

    /// <summary>Publishes the body of a material listed in the description; the same body again changes nothing.</summary>
    /// <exception cref="ArgumentException">Unknown material, or content that does not fit its kind.</exception>
    Task<PublishOutcome> PublishMaterialAsync(string materialId, MaterialContent content, ContentEditor? editor = null);

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
