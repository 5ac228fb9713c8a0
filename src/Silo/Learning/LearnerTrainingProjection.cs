using JasperFx.Events;
using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Learning;

/// <summary>One row per learner and training, from the learner streams.</summary>
public sealed class LearnerTrainingProjection : MultiStreamProjection<LearnerTraining, string>
{
    public LearnerTrainingProjection() => Identity<LearnerEnrolled>(e => LearnerTraining.IdFor(e.Username, e.CourseCode));

    public static void Apply(IEvent<LearnerEnrolled> e, LearnerTraining row)
    {
        row.Username = e.Data.Username;
        row.CourseCode = e.Data.CourseCode;
        row.EnrolledAt = e.Timestamp;
    }
}
