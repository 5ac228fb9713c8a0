using JasperFx.Events;
using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Learning;

/// <summary>One row per learner and training, from the learner streams: enrolment, materials done, completion.</summary>
public sealed class LearnerTrainingProjection : MultiStreamProjection<LearnerTraining, string>
{
    public LearnerTrainingProjection()
    {
        Identity<LearnerEnrolled>(e => LearnerTraining.IdFor(e.Username, e.CourseCode));
        Identity<MaterialCompleted>(e => LearnerTraining.IdFor(e.Username, e.CourseCode));
        Identity<TrainingCompleted>(e => LearnerTraining.IdFor(e.Username, e.CourseCode));
        Identity<ExamAttemptReopened>(e => LearnerTraining.IdFor(e.Username, e.CourseCode));
    }

    public static void Apply(IEvent<LearnerEnrolled> e, LearnerTraining row)
    {
        row.Id = LearnerTraining.IdFor(e.Data.Username, e.Data.CourseCode);
        row.Username = e.Data.Username;
        row.CourseCode = e.Data.CourseCode;
        row.EnrolledAt = e.Timestamp;
    }

    public static void Apply(MaterialCompleted e, LearnerTraining row)
    {
        if (!row.CompletedMaterialIds.Contains(e.MaterialId))
        {
            row.CompletedMaterialIds.Add(e.MaterialId);
        }
    }

    public static void Apply(IEvent<TrainingCompleted> e, LearnerTraining row)
    {
        row.Status = TrainingStatus.Completed;
        row.Passed = e.Data.Passed;
        row.Score = e.Data.Score;
        row.CompletedAt = e.Timestamp;
        row.CertificateNumber = e.Data.CertificateNumber;
    }

    /// <summary>A reopened attempt whose fail had completed the training makes it active again until the new grade.</summary>
    public static void Apply(ExamAttemptReopened e, LearnerTraining row)
    {
        if (e.CompletionUndone)
        {
            row.Status = TrainingStatus.Active;
            row.Passed = null;
            row.Score = null;
            row.CompletedAt = null;
            row.CertificateNumber = null;
        }
    }
}
