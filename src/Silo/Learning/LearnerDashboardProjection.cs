using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Learning;

/// <summary>
/// Counts, per learner, trainings followed, active and completed. A completion moves one training from active
/// to completed in the same update, so no training is ever counted as both.
/// </summary>
public sealed class LearnerDashboardProjection : MultiStreamProjection<LearnerDashboard, string>
{
    public LearnerDashboardProjection()
    {
        Identity<LearnerEnrolled>(e => e.Username);
        Identity<TrainingCompleted>(e => e.Username);
        Identity<ExamAttemptReopened>(e => e.Username);
    }

    public static void Apply(LearnerEnrolled e, LearnerDashboard totals)
    {
        totals.Id = e.Username;
        totals.Followed++;
        totals.Active++;
    }

    public static void Apply(TrainingCompleted e, LearnerDashboard totals)
    {
        totals.Active--;
        totals.Completed++;
    }

    public static void Apply(ExamAttemptReopened e, LearnerDashboard totals)
    {
        if (e.CompletionUndone)
        {
            totals.Completed--;
            totals.Active++;
        }
    }
}
