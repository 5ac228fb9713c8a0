using Mooc.Silo.Hosting;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Silo.Certificates;
using Mooc.Silo.EventStore;
using Orleans.Utilities;

namespace Mooc.Silo.Exams;

/// <summary>
/// One attempt: single writer of its stream and the only clock that counts. The deadline is fixed at start;
/// a grain timer (kept alive while the attempt runs) submits it on time, and a durable reminder submits it
/// after a deactivation or a lost silo. Every answer is checked against the server's time before it is stored.
/// </summary>
public sealed partial class ExamAttemptGrain(
    IEventJournal journal, [FromKeyedServices(DomainClock.Key)] TimeProvider time, CertificateIssuer certificates, ILogger<ExamAttemptGrain> logger,
    ExamAttemptMetrics metrics)
    : EventSourcedGrain<ExamAttemptState>(journal), IExamAttemptGrain, IRemindable
{
    /// <summary>The reminder's name; the deadline sweep finds running attempts by it (<see cref="Sweep.OverdueAttemptQuery"/>).</summary>
    public const string DeadlineReminder = "deadline";

    /// <summary>
    /// Ticks of the durable backstop after the deadline until the submission is committed. Short, because a tick lost
    /// while the reminder's silo was dead is skipped, not repeated; before the deadline there are no ticks at all.
    /// </summary>
    public static readonly TimeSpan DeadlineReminderPeriod = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DeadlineMargin = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan DeadlineRecheck = TimeSpan.FromMilliseconds(250);
    private readonly ObserverManager<IExamAttemptObserver> _watchers = new(TimeSpan.FromMinutes(5), logger);
    private IGrainTimer? _deadlineTimer;

    private Guid AttemptId => this.GetPrimaryKey();

    protected override string StreamKey => ExamAttemptState.StreamKey(AttemptId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (State.Status == AttemptStatus.InProgress)
        {
            ScheduleDeadlineTimer();
        }
        else if (State.Status == AttemptStatus.Submitted)
        {
            // Graded, but the certificate or the learner's record may be missing (a silo died in between): finish
            // again, it is idempotent. In a turn of its own: the learner grain may be the caller that activated this attempt.
            this.RegisterGrainTimer(static (grain, _) => grain.FinishAsync(), this, new GrainTimerCreationOptions { DueTime = TimeSpan.Zero, Period = Timeout.InfiniteTimeSpan });
        }
    }

    public async Task<ExamAttemptView> StartAsync(ExamStartRequest request)
    {
        if (State.Started is { } started)
        {
            return started.Username == request.Username ? View() : throw new AttemptAccessDeniedException();
        }

        var exam = await GrainFactory.GetGrain<ICourseGrain>(request.CourseCode).GetExamAsync()
            ?? throw new InvalidOperationException($"Training {request.CourseCode} has no final exam.");
        var now = time.GetUtcNow();
        var deadline = now.AddMinutes(request.DurationMinutes ?? exam.Settings.DurationMinutes);
        var questions = AttemptPlanner.Plan(exam, Random.Shared);
        // The reminder first: every stored start then has its durable backstop, so a crash between the two can never
        // leave a running attempt that nothing submits (a reminder without a start only unregisters itself).
        await this.RegisterOrUpdateReminder(DeadlineReminder, Until(deadline) + TimeSpan.FromSeconds(1), DeadlineReminderPeriod);
        await AppendAsync([new ExamStarted(AttemptId, request.Username, request.CourseCode, request.AttemptNumber, questions,
            exam.Settings.PassingGrade, exam.Settings.MaxAttempts, now, deadline, request.SittingId, exam.Settings.Integrity, exam.Settings.IncidentLimit)]);
        ScheduleDeadlineTimer();
        ReportProgress(newAnswers: 0);
        logger.LogInformation("Exam attempt {AttemptId} of {Username} for {Course} started; deadline {Deadline:O}", AttemptId, request.Username, request.CourseCode, deadline);
        return View();
    }

    public async Task<ExamAttemptView> GetViewAsync(string username)
    {
        EnsureOwner(username);
        await SubmitIfOverdueAsync();
        return View();
    }

    public async Task<AnswerAck> SelectAnswerAsync(string username, int questionNumber, int option, long sequence, string? pageId = null)
    {
        EnsureOwner(username);
        if (State.Status == AttemptStatus.InProgress && IsElsewhere(pageId))
        {
            return new AnswerAck(sequence, AnswerAckStatus.Elsewhere, AttemptElsewhereException.Text);
        }

        var (events, ack) = State.DecideAnswer(questionNumber, option, sequence, time.GetUtcNow());
        await SubmitIfOverdueAsync();
        if (events.Count > 0)
        {
            await AppendAsync(events);
            ReportProgress(newAnswers: 1);
        }

        return ack;
    }

    public async Task<ExamAttemptView> NavigateAsync(string username, int questionNumber, string? pageId = null)
    {
        EnsureOwner(username);
        EnsureActivePage(pageId);
        await SubmitIfOverdueAsync();
        var events = State.DecideNavigate(questionNumber, time.GetUtcNow());
        if (events.Count > 0)
        {
            await AppendAsync(events);
            Notify();
            ReportProgress(newAnswers: 0);
        }

        return View();
    }

    public async Task<ExamAttemptView> SubmitAsync(string username, string? pageId = null)
    {
        EnsureOwner(username);
        EnsureActivePage(pageId);
        await SubmitAsync(byServer: false);
        return View();
    }

    public Task<AttemptProgress> GetProgressAsync() => Task.FromResult(State.Progress(time.GetUtcNow(), newAnswers: 0));

    public Task WatchAsync(IExamAttemptObserver observer)
    {
        _watchers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    private Task SubmitAsync(bool byServer) =>
        CompleteAsync(State.DecideSubmit(time.GetUtcNow(), byServer), byServer ? "by the server at the deadline" : "by the examinee");

    /// <summary>Commits the submission and grade, stops the clock, tells everyone, then finishes (certificate, learner).</summary>
    private async Task CompleteAsync(IReadOnlyList<object> events, string by)
    {
        if (events.Count == 0)
        {
            return;
        }

        await AppendAsync(events);
        metrics.Committed(events, State.Deadline, time.GetUtcNow());
        _deadlineTimer?.Dispose();
        _deadlineTimer = null;
        Notify();
        ReportProgress(newAnswers: 0);
        logger.LogInformation("Exam attempt {AttemptId} submitted {By}; score {Score}", AttemptId, by, State.Graded!.Score);
        try
        {
            await FinishAsync();
            if (await this.GetReminder(DeadlineReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The grade is committed; the certificate and the learner's record follow on the next reminder tick
            // (the reminder stays until then).
            logger.LogWarning(ex, "Exam attempt {AttemptId} is graded but not finished yet; the reminder retries", AttemptId);
        }
    }

    /// <summary>After the grade: a pass gets its certificate, then the learner hears the result (with the certificate).</summary>
    private async Task FinishAsync()
    {
        if (State.AwaitsCertificate && await certificates.PrepareAsync(State.Graded!, time.GetUtcNow()) is { } prepared)
        {
            // The certificate carries the chain's digest at the grade: the paper then vouches for the stored attempt.
            var issued = prepared with { AttemptDigest = LastDigest };
            await AppendAsync([issued]);
            logger.LogInformation("Exam attempt {AttemptId} earned certificate {Number}", AttemptId, issued.Number);
            await certificates.HandOverAsync(issued);
        }

        var g = State.Graded!;
        await GrainFactory.GetGrain<ILearnerGrain>(g.Username).RecordExamResultAsync(
            new ExamResult(g.AttemptId, g.CourseCode, g.Score, g.Passed, g.AttemptsRemaining, State.Certificate?.Number));
    }

    /// <summary>Tells the watching frontends; a frontend that is gone is dropped, the attempt never waits for one.</summary>
    private void Notify()
    {
        var s = State;
        var update = new ExamAttemptUpdate(AttemptId, s.Status, s.CurrentQuestion, s.Deadline, s.Outcome(), _activePage);
        _watchers.Notify(w => w.OnAttemptUpdatedAsync(update));
    }

    /// <summary>Tells the training's live board (one-way: the exam never waits for the board).</summary>
    private void ReportProgress(int newAnswers) =>
        GrainFactory.GetGrain<IExamMonitorGrain>(State.Started!.CourseCode).ReportAsync(State.Progress(time.GetUtcNow(), newAnswers)).Ignore();

    private void EnsureOwner(string username)
    {
        if (State.Started?.Username != username)
        {
            throw new AttemptAccessDeniedException();
        }
    }

    private ExamAttemptView View() => State.View(AttemptId, time.GetUtcNow());
}
