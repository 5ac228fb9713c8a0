using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.WebFrontend.Learning;

/// <summary>Enrolment, progress and the learner's lists, over the Orleans client.</summary>
public sealed class LearningService(IClusterClient cluster)
{
    private ILearnerQueryGrain Query => cluster.GetGrain<ILearnerQueryGrain>(0);

    public Task<EnrolmentOutcome> EnrolAsync(string username, string courseCode) =>
        cluster.GetGrain<ILearnerGrain>(username).EnrolAsync(courseCode);

    public Task<bool> IsEnrolledAsync(string username, string courseCode) =>
        cluster.GetGrain<ILearnerGrain>(username).IsEnrolledAsync(courseCode);

    public Task<LearnerCourseProgress> GetProgressAsync(string username, string courseCode) =>
        cluster.GetGrain<ILearnerGrain>(username).GetProgressAsync(courseCode);

    public Task<MaterialCompletionOutcome> CompleteMaterialAsync(string username, string courseCode, string materialId) =>
        cluster.GetGrain<ILearnerGrain>(username).CompleteMaterialAsync(courseCode, materialId);

    public Task<IReadOnlyList<LearnerTrainingRow>> ListTrainingsAsync(string username) => Query.ListTrainingsAsync(username);

    public Task<LearnerTotals> GetTotalsAsync(string username) => Query.GetTotalsAsync(username);

    public Task<IReadOnlyList<ExamHistoryEntry>> ListExamHistoryAsync(string username) => Query.ListExamHistoryAsync(username);
}
