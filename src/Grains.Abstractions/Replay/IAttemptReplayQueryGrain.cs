using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.Grains.Abstractions.Replay;

/// <summary>
/// Admin only (the frontend's /Admin pages): an attempt's events as a timeline for resolving disputes, and finding a
/// learner's attempts. Reads the event streams themselves, not a read model, so it is exact and never behind. A stateless worker.
/// </summary>
public interface IAttemptReplayQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Null when no attempt with this id was started.</summary>
    Task<AttemptReplay?> GetReplayAsync(Guid attemptId);

    /// <summary>The attempt's hash chain recomputed from its stored events; null when no attempt with this id was started.</summary>
    Task<AttemptIntegrityReport?> CheckIntegrityAsync(Guid attemptId);

    /// <summary>Null when no account has this username.</summary>
    Task<LearnerAttempts?> FindLearnerAttemptsAsync(string username);
}
