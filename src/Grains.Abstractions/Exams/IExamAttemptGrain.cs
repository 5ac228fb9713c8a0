using Orleans.Concurrency;

namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// One final-exam attempt (key: attempt id); single writer of its stream and owner of its clock. Every call
/// names the examinee; calls for someone else's attempt are refused.
/// </summary>
public interface IExamAttemptGrain : IGrainWithGuidKey
{
    /// <summary>Starts the attempt (called by the learner grain); starting a started attempt changes nothing.</summary>
    Task<ExamAttemptView> StartAsync(ExamStartRequest request);

    Task<ExamAttemptView> GetViewAsync(string username);

    /// <param name="pageId">The page that sends it (see <see cref="OpenPageAsync"/>); a page the attempt was taken away from gets
    /// <see cref="AnswerAckStatus.Elsewhere"/>. Null: no page (a caller inside the cluster).</param>
    Task<AnswerAck> SelectAnswerAsync(string username, int questionNumber, int option, long sequence, string? pageId = null);

    /// <exception cref="AttemptElsewhereException">Another page has the attempt now.</exception>
    Task<ExamAttemptView> NavigateAsync(string username, int questionNumber, string? pageId = null);

    /// <summary>"Selesai": ends and grades the attempt; submitting again returns the same result.</summary>
    /// <exception cref="AttemptElsewhereException">Another page has the attempt now.</exception>
    Task<ExamAttemptView> SubmitAsync(string username, string? pageId = null);

    /// <summary>
    /// A page connected to the attempt and works on it from now on. If another page of it is still connected, this
    /// one takes it over: a second-session incident is recorded and the other page is told (one page at a time).
    /// </summary>
    Task<Integrity.PageClaim> OpenPageAsync(string username, string pageId, string connectionId);

    /// <summary>A connection that opened the attempt ended.</summary>
    [OneWay]
    Task ClosePageAsync(string connectionId);

    /// <summary>A proctoring signal from the active page; the attempt applies the training's policy (which may end it).</summary>
    Task<Integrity.ProctoringAck> ReportSignalAsync(string username, string pageId, Integrity.ProctoringSignal signal);

    /// <summary>Admin: more time for a running attempt (1–120 minutes, with a reason); the examinee's timer changes at once.</summary>
    Task<AdminActionOutcome> ExtendTimeAsync(AdminAction action, int minutes);

    /// <summary>Admin: ends a running attempt now (with a reason); it is graded on the answers stored so far.</summary>
    Task<AdminActionOutcome> EndAsync(AdminAction action);

    /// <summary>
    /// Admin: reopens an attempt that a technical fault ended (submitted by the server at the deadline or ended by a
    /// supervisor, not passed, the learner's latest, at most 7 days ago) with 1–120 minutes and a reason.
    /// </summary>
    Task<AdminActionOutcome> ReopenAsync(AdminAction action, int minutes);

    /// <summary>
    /// The deadline's backstop (its reminder, and the sweeps at start-up and after a silo's death): submits the attempt
    /// when its deadline has passed, dated at the deadline, and finishes a graded one. True when it no longer runs.
    /// </summary>
    Task<bool> CloseIfOverdueAsync();

    /// <summary>Where the attempt stands, for its training's live board (which rebuilds itself with it).</summary>
    Task<Monitoring.AttemptProgress> GetProgressAsync();

    /// <summary>Registers a frontend's observer for this attempt's updates; renew it within the expiry (5 minutes).</summary>
    Task WatchAsync(IExamAttemptObserver observer);
}
