using System.Diagnostics;
using Mooc.LoadTests.Scenarios.UjianMassal.Board;
using Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

namespace Mooc.LoadTests.Measurement;

/// <summary>Everything one run measures, shared by all virtual users.</summary>
/// <param name="exam">True for the exam scenario: its measures replace the home-page ones in reports.</param>
public sealed class RunMetrics
{
    private readonly TaskCompletionSource<TimeSpan> loadStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RunMetrics(bool exam = false)
    {
        Exam = exam;
        Board = new BoardProbe(BoardUpdate);
        Clock = Stopwatch.StartNew();
        Timeline = new TimelineRecorder(Clock);
        Errors = new ErrorCounter(Clock);
        ClientEvents = new ClientEventLog(Clock);
    }

    /// <summary>The run's clock: second 0 of the timeline, of the error times, of the client events and of the faults.</summary>
    public Stopwatch Clock { get; }

    /// <summary>Completes, with the time on <see cref="Clock"/>, when the first user is started (after the admins open the board).</summary>
    public Task<TimeSpan> LoadStarted => loadStarted.Task;

    /// <summary>ujian-massal: every examinee's failures and successes, for the faults' recovery times.</summary>
    public ClientEventLog ClientEvents { get; }

    /// <summary>Examinees that stopped retrying (answers, Join, Navigate or Submit) after --resend-limit-seconds.</summary>
    public Counter GaveUp { get; } = new();

    public void MarkLoadStarted() => loadStarted.TrySetResult(Clock.Elapsed);

    public TimingRecorder HttpGet { get; } = new(MeasureNames.HttpGet);

    public TimingRecorder HubConnect { get; } = new(MeasureNames.HubConnect);

    public TimingRecorder HubInvoke { get; } = new(MeasureNames.HubInvoke);

    public TimingRecorder ClockDrift { get; } = new(MeasureNames.ClockDrift);

    /// <summary>GET /Login + POST /Login until the 302 to /Dashboard.</summary>
    public TimingRecorder SignIn { get; } = new(MeasureNames.SignIn);

    /// <summary>"Mulai Ujian": GET of the exam tab + POST until the 302 to the attempt.</summary>
    public TimingRecorder StartExam { get; } = new(MeasureNames.StartExam);

    /// <summary>With a sitting: first "Mulai Ujian" → the attempt, the waiting room included (0 for those admitted at once).</summary>
    public TimingRecorder AdmissionWait { get; } = new(MeasureNames.AdmissionWait);

    /// <summary>Invoke Join → page state.</summary>
    public TimingRecorder Join { get; } = new(MeasureNames.Join);

    /// <summary>Invoke Navigate → page state.</summary>
    public TimingRecorder Navigate { get; } = new(MeasureNames.Navigate);

    /// <summary>Invoke SelectAnswer → acknowledgement received.</summary>
    public TimingRecorder AnswerAck { get; } = new(MeasureNames.AnswerAck);

    /// <summary>The acknowledgements of <see cref="AnswerAck"/> that arrived while no examinee was signing in.</summary>
    public TimingRecorder AnswerAckQuiet { get; } = new(MeasureNames.AnswerAckQuiet);

    /// <summary>The acknowledgements of <see cref="AnswerAck"/> that arrived while examinees were signing in (password hashing).</summary>
    public TimingRecorder AnswerAckDuringSignIns { get; } = new(MeasureNames.AnswerAckDuringSignIns);

    /// <summary>Examinees between their first Login request and the Dashboard right now.</summary>
    public Counter SigningIn { get; } = new();

    /// <summary>Invoke Submit → state with result received.</summary>
    public TimingRecorder Submit { get; } = new(MeasureNames.Submit);

    /// <summary>|remainingMs of a "tick" − remaining by the deadline estimated at Join|.</summary>
    public TimingRecorder RemainingDrift { get; } = new(MeasureNames.RemainingDrift);

    /// <summary>After the run: |tick arrival + remainingMs − the deadline in the event store|.</summary>
    public TimingRecorder DeadlineDrift { get; } = new(MeasureNames.DeadlineDrift);

    /// <summary>After the run: the server's ExamSubmitted commit − the attempt's deadline.</summary>
    public TimingRecorder DeadlineSubmit { get; } = new(MeasureNames.DeadlineSubmit);

    /// <summary>After the run: the deadline → the "submitted" push reaching the client.</summary>
    public TimingRecorder DeadlinePush { get; } = new(MeasureNames.DeadlinePush);

    /// <summary>After the run: ExamGraded commit → its exam-history row written by the projection daemon.</summary>
    public TimingRecorder ProjectionLag { get; } = new(MeasureNames.ProjectionLag);

    /// <summary>--watch-board: an answer's acknowledgement to the examinee → the board push showing it to an admin (per admin).</summary>
    public TimingRecorder BoardUpdate { get; } = new(MeasureNames.BoardUpdate);

    /// <summary>Matches board pushes with acknowledgements into <see cref="BoardUpdate"/>; idle unless admins watch.</summary>
    public BoardProbe Board { get; }

    /// <summary>Board pushes received by the watching admins, and the rows they carried.</summary>
    public Counter BoardPushes { get; } = new();

    public Counter BoardRows { get; } = new();

    /// <summary>SelectAnswer acknowledgements by status (Saved, Duplicate, Superseded, Refused).</summary>
    public Tally AckStatuses { get; } = new();

    /// <summary>How each exam user ended (submitted, already submitted, not started, ...).</summary>
    public Tally ExamOutcomes { get; } = new();

    /// <summary>SelectAnswer invocations that were acknowledged.</summary>
    public Counter Answers { get; } = new();

    /// <summary>Hub connections (or HTTP requests) moved to the next frontend because theirs was gone.</summary>
    public Counter Failovers { get; } = new();

    /// <summary>Connections dropped on purpose (and restored).</summary>
    public Counter Drops { get; } = new();

    public bool Exam { get; }

    public ErrorCounter Errors { get; }

    /// <summary>HTTP requests completed, successful or not.</summary>
    public Counter HttpRequests { get; } = new();

    /// <summary>Hub invocations completed, successful or not.</summary>
    public Counter HubInvocations { get; } = new();

    /// <summary>Hub connection attempts, successful or not.</summary>
    public Counter HubConnects { get; } = new();

    public Counter ActiveUsers { get; } = new();

    /// <summary>Exam hub connections open right now.</summary>
    public Counter ConnectedUsers { get; } = new();

    /// <summary>Per-second series for the charts.</summary>
    public TimelineRecorder Timeline { get; }

    /// <summary>What every exam client saw, for the event-store check.</summary>
    public ExamLedger Ledger { get; } = new();

    public long Requests => HttpRequests.Value + HubInvocations.Value;

    public IReadOnlyList<TimingRecorder> Timings => Exam
        ? [SignIn, StartExam, .. (AdmissionWait.Summarize().Count > 0 ? new[] { AdmissionWait } : []), HubConnect, Join, Navigate, AnswerAck, AnswerAckDuringSignIns, AnswerAckQuiet, Submit, RemainingDrift, DeadlineDrift, DeadlineSubmit, DeadlinePush, ProjectionLag, BoardUpdate]
        : [HttpGet, HubConnect, HubInvoke, ClockDrift];

    public IReadOnlyList<TallyCount> Counts => Exam
        ? [.. AckStatuses.Snapshot("Ack status"), .. ExamOutcomes.Snapshot("Exam outcome"), new TallyCount("Connection", "dropped on purpose and restored", Drops.Value),
            new TallyCount("Connection", "moved to another frontend (failover)", Failovers.Value), new TallyCount("Exam", "gave up retrying", GaveUp.Value),
            new TallyCount("Board", "pushes received by the watching admins", BoardPushes.Value), new TallyCount("Board", "rows in those pushes", BoardRows.Value)]
        : [];
}
