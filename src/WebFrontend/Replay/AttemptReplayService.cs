using Mooc.Grains.Abstractions.Replay;

namespace Mooc.WebFrontend.Replay;

/// <summary>The admin's attempt replay over the Orleans client; the pages under /Admin are the only callers.</summary>
public sealed class AttemptReplayService(IClusterClient cluster)
{
    public Task<AttemptReplay?> GetReplayAsync(Guid attemptId) => cluster.GetGrain<IAttemptReplayQueryGrain>(0).GetReplayAsync(attemptId);

    public Task<LearnerAttempts?> FindLearnerAttemptsAsync(string username) => cluster.GetGrain<IAttemptReplayQueryGrain>(0).FindLearnerAttemptsAsync(username);
}
