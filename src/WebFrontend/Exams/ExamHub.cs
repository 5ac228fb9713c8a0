using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Accounts;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// The exam page's line to its attempt. Thin: every call goes to the attempt grain under the signed-in user's
/// name, so an attempt id of someone else is refused there. Errors reach the page as one Indonesian sentence.
/// </summary>
[Authorize]
public sealed class ExamHub(IClusterClient cluster, ExamWatcher watcher, TimeProvider time) : Hub
{
    public const string Path = "/hubs/ujian";
    private const string JoinedAttempt = "attempt";
    private const string NotYours = "Ujian ini tidak ditemukan atau bukan milik Anda.";

    public async Task<ExamPageState> Join(Guid attemptId)
    {
        var view = await Call(() => Attempt(attemptId).GetViewAsync(Username));
        await Groups.AddToGroupAsync(Context.ConnectionId, ExamPush.Group(attemptId));
        await watcher.WatchAsync(attemptId, view.Deadline, view.Status == AttemptStatus.InProgress);
        if (view.Status == AttemptStatus.InProgress)
        {
            Context.Items[JoinedAttempt] = (attemptId, view.CourseCode);
            await Board(view.CourseCode).ReportConnectionAsync(attemptId, true, time.GetUtcNow());
        }

        return ExamPageState.From(view);
    }

    /// <summary>The page's connection ended (closed, reloaded, network gone): the admin board shows it offline.</summary>
    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(JoinedAttempt, out var joined) && joined is (Guid attemptId, string courseCode))
        {
            await Board(courseCode).ReportConnectionAsync(attemptId, false, time.GetUtcNow());
        }

        await base.OnDisconnectedAsync(exception);
    }

    public Task<AnswerAck> SelectAnswer(Guid attemptId, int questionNumber, int option, long sequence) =>
        Call(() => Attempt(attemptId).SelectAnswerAsync(Username, questionNumber, option, sequence));

    public async Task<ExamPageState> Navigate(Guid attemptId, int questionNumber) =>
        ExamPageState.From(await Call(() => Attempt(attemptId).NavigateAsync(Username, questionNumber)));

    public async Task<ExamPageState> Submit(Guid attemptId) =>
        ExamPageState.From(await Call(() => Attempt(attemptId).SubmitAsync(Username)));

    private string Username => Context.User!.Username();

    private IExamAttemptGrain Attempt(Guid attemptId) => cluster.GetGrain<IExamAttemptGrain>(attemptId);

    private Grains.Abstractions.Monitoring.IExamMonitorGrain Board(string courseCode) => cluster.GetGrain<Grains.Abstractions.Monitoring.IExamMonitorGrain>(courseCode);

    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AttemptAccessDeniedException)
        {
            throw new HubException(NotYours);
        }
    }
}
