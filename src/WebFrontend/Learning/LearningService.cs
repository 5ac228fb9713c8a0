using Mooc.Grains.Abstractions.Learning;

namespace Mooc.WebFrontend.Learning;

/// <summary>Enrolment and the learner's lists, over the Orleans client.</summary>
public sealed class LearningService(IClusterClient cluster)
{
    public Task<EnrolmentOutcome> EnrolAsync(string username, string courseCode) =>
        cluster.GetGrain<ILearnerGrain>(username).EnrolAsync(courseCode);

    public Task<bool> IsEnrolledAsync(string username, string courseCode) =>
        cluster.GetGrain<ILearnerGrain>(username).IsEnrolledAsync(courseCode);

    public Task<IReadOnlyList<LearnerTrainingRow>> ListTrainingsAsync(string username) =>
        cluster.GetGrain<ILearnerQueryGrain>(0).ListTrainingsAsync(username);
}
