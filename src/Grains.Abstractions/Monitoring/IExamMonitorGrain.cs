using Orleans.Concurrency;

namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>
/// The live exam board of one training (key: course code), in memory: the attempt grains report every change,
/// the frontends report connections, and the board pushes what changed to the watching frontends at most four
/// times a second. After an activation it rebuilds itself from the attempts started in the last day.
/// </summary>
public interface IExamMonitorGrain : IGrainWithStringKey
{
    [OneWay]
    Task ReportAsync(AttemptProgress progress);

    /// <summary>A page of the examinee connected to (or left) the exam hub.</summary>
    [OneWay]
    Task ReportConnectionAsync(Guid attemptId, bool online, DateTimeOffset at);

    Task<ExamBoard> GetBoardAsync(ExamBoardQuery query);

    /// <summary>The attempts of this training still running, for an action on all of them (e.g. more time for everyone).</summary>
    Task<IReadOnlyList<Guid>> ListRunningAsync();

    /// <summary>The attempts of one sitting of this training still running (more time for everyone in that sitting).</summary>
    Task<IReadOnlyList<Guid>> ListRunningInSittingAsync(Guid sittingId);

    /// <summary>Registers a frontend's observer; renew it within the expiry (5 minutes).</summary>
    Task WatchAsync(IExamBoardObserver observer);
}
