namespace Mooc.Grains.Abstractions.Learning;

/// <summary>One learner (key: username); single writer of the learner's stream: enrolments, and later progress.</summary>
public interface ILearnerGrain : IGrainWithStringKey
{
    /// <summary>Enrols in a published training; enrolling again changes nothing.</summary>
    Task<EnrolmentOutcome> EnrolAsync(string courseCode);

    Task<bool> IsEnrolledAsync(string courseCode);

    /// <summary>Marks a material of an enrolled training as done; doing it again changes nothing.</summary>
    Task<MaterialCompletionOutcome> CompleteMaterialAsync(string courseCode, string materialId);

    /// <summary>
    /// Takes the grade of a final-exam attempt: a pass, or a fail with no attempt left, completes the training.
    /// The same attempt reported twice changes nothing.
    /// </summary>
    Task RecordExamResultAsync(Exams.ExamResult result);

    /// <summary>
    /// An admin reopens a closed attempt (called by the attempt grain before it runs again): refused when another
    /// attempt is open, a later one was started or the training was passed; the open attempt again changes nothing.
    /// </summary>
    Task<Exams.AdminActionOutcome> ReopenAttemptAsync(string courseCode, System.Guid attemptId, int attemptNumber);

    Task<LearnerCourseProgress> GetProgressAsync(string courseCode);

    /// <summary>
    /// "Mulai Ujian" (manual E.1): opens an attempt when the rules allow (enrolled, materials done if required,
    /// attempts left, not passed yet), or returns the open one to resume.
    /// </summary>
    Task<Exams.ExamStartOutcome> StartExamAsync(string courseCode);
}
