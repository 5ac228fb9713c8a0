using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.WebFrontend.Accounts;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// The exam page's line to its attempt. Thin: every call goes to the attempt grain under the signed-in user's
/// name, so an attempt id of someone else is refused there. Errors reach the page as one Indonesian sentence.
/// The page names itself with <c>?halaman=</c> on the hub's address (an id it keeps per browser tab); one page
/// works on an attempt at a time (see the attempt grain).
/// </summary>
[Authorize]
public sealed class ExamHub(IClusterClient cluster, ExamWatcher watcher, TimeProvider time) : Hub
{
    public const string Path = "/hubs/ujian";
    private const string JoinedAttempt = "attempt";
    private const string OpenedAttempts = "opened";
    private const string NotYours = "Ujian ini tidak ditemukan atau bukan milik Anda.";
    private const string NoSuchQuestion = "Nomor soal tidak valid.";
    private const string NoAnswerInTime = "Server belum menanggapi. Jawaban yang belum tersimpan dikirim ulang otomatis; coba lagi sebentar lagi.";

    /// <summary>
    /// How long a call waits for the attempt before the page is told it did not go through (and resends what is not
    /// saved). Orleans itself waits 30 s for a response: that long a message sent to a silo the moment it was killed
    /// kept an examinee on "Menyimpan…" in the silo fault run, while the attempt was already back on another silo.
    /// A call given up on may still be carried out; a repeat of it is stored once (same sequence).
    /// </summary>
    public static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(10);

    public async Task<ExamPageState> Join(Guid attemptId)
    {
        var claim = await Call(() => Attempt(attemptId).OpenPageAsync(Username, Page, Context.ConnectionId));
        Opened.Add(attemptId);
        var view = claim.View;
        await Groups.AddToGroupAsync(Context.ConnectionId, ExamPush.Group(attemptId));
        await watcher.WatchAsync(attemptId, view.Deadline, view.Status == AttemptStatus.InProgress);
        if (view.Status == AttemptStatus.InProgress)
        {
            Context.Items[JoinedAttempt] = (attemptId, view.CourseCode);
            await Board(view.CourseCode).ReportConnectionAsync(attemptId, true, time.GetUtcNow());
        }

        return ExamPageState.From(view, claim.TookOver);
    }

    /// <summary>The page's connection ended (closed, reloaded, network gone): the admin board shows it offline.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var opened in Opened)
        {
            await Attempt(opened).ClosePageAsync(Context.ConnectionId);
        }

        if (Context.Items.TryGetValue(JoinedAttempt, out var joined) && joined is (Guid attemptId, string courseCode))
        {
            await Board(courseCode).ReportConnectionAsync(attemptId, false, time.GetUtcNow());
        }

        await base.OnDisconnectedAsync(exception);
    }

    public Task<AnswerAck> SelectAnswer(Guid attemptId, int questionNumber, int option, long sequence) =>
        Call(() => Attempt(attemptId).SelectAnswerAsync(Username, questionNumber, option, sequence, Page));

    /// <summary>Moves to a question; a number outside the attempt's questions changes nothing and says so.</summary>
    public async Task<ExamPageState> Navigate(Guid attemptId, int questionNumber)
    {
        var view = await Call(() => Attempt(attemptId).NavigateAsync(Username, questionNumber, Page));
        if (questionNumber < 1 || questionNumber > view.Questions.Count)
        {
            throw new HubException(NoSuchQuestion);
        }

        return ExamPageState.From(view);
    }

    public async Task<ExamPageState> Submit(Guid attemptId) =>
        ExamPageState.From(await Call(() => Attempt(attemptId).SubmitAsync(Username, Page)));

    /// <summary>A proctoring signal from the page, by name (<see cref="ProctoringSignal"/>); the attempt records it at the server's time.</summary>
    public async Task<ProctoringAck> ReportSignal(Guid attemptId, string signal)
    {
        if (!ProctoringSignals.TryParsePageSignal(signal, out var parsed))
        {
            throw new HubException("Sinyal pengawasan tidak dikenal; tidak ada yang dicatat.");
        }

        return await Call(() => Attempt(attemptId).ReportSignalAsync(Username, Page, parsed));
    }

    private string Username => Context.User!.Username();

    /// <summary>The page's own id from the hub address, or this connection's when it gives none (or one that is not an id).</summary>
    private string Page => PageIds.From(Context.GetHttpContext()?.Request.Query["halaman"].ToString()) ?? Context.ConnectionId;

    private HashSet<Guid> Opened
    {
        get
        {
            if (Context.Items.TryGetValue(OpenedAttempts, out var value) && value is HashSet<Guid> opened)
            {
                return opened;
            }

            var created = new HashSet<Guid>();
            Context.Items[OpenedAttempts] = created;
            return created;
        }
    }

    private IExamAttemptGrain Attempt(Guid attemptId) => cluster.GetGrain<IExamAttemptGrain>(attemptId);

    private IExamMonitorGrain Board(string courseCode) => cluster.GetGrain<IExamMonitorGrain>(courseCode);

    private async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().WaitAsync(CallLimit, time);
        }
        catch (TimeoutException)
        {
            throw new HubException(NoAnswerInTime);
        }
        catch (AttemptAccessDeniedException)
        {
            throw new HubException(NotYours);
        }
        catch (AttemptElsewhereException)
        {
            throw new HubException(AttemptElsewhereException.Text);
        }
    }
}
