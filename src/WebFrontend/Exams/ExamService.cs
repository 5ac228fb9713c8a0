using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.Exams;

/// <summary>What pages need to open and show an exam attempt.</summary>
public sealed class ExamService(IClusterClient cluster)
{
    public Task<ExamStartOutcome> StartAsync(string username, string courseCode) =>
        cluster.GetGrain<Grains.Abstractions.Learning.ILearnerGrain>(username).StartExamAsync(courseCode);

    /// <summary>The attempt's view for its examinee, or null when it is not theirs or does not exist.</summary>
    public async Task<ExamAttemptView?> FindAsync(string username, Guid attemptId)
    {
        try
        {
            return await cluster.GetGrain<IExamAttemptGrain>(attemptId).GetViewAsync(username);
        }
        catch (AttemptAccessDeniedException)
        {
            return null;
        }
    }
}
