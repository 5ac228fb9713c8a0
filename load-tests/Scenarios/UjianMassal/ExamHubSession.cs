using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Safety;
using Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// One examinee's connection to <c>/hubs/ujian</c>, authenticated by the browser's cookies and reconnecting by itself
/// as the exam page does. Times connect, Join, Navigate, SelectAnswer and Submit; writes every answer and every
/// pushed tick into the attempt's ledger (one page per examinee, as one browser tab); measures the remaining-time drift against the deadline estimated at Join.
/// When the connection is lost for good (its frontend gone: the automatic reconnect gave up, see <see cref="ExamRetryPolicy"/>),
/// the session opens a new connection on the next frontend of its route with the same cookies and the same page id,
/// so the server sees the same page come back, not a second session. Failures and successes go to the run's client events.
/// </summary>
public sealed partial class ExamHubSession : IAsyncDisposable
{
    private const string ConnectOperation = "exam hub connect";
    private const string ConnectionOperation = "exam hub connection";

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly RunMetrics metrics;
    private readonly FrontendRoute route;
    private readonly CookieContainer cookies;
    private readonly string username;
    private readonly bool allowRemote;

    /// <summary>The page's own id (the exam page keeps one per tab in sessionStorage), the same on every frontend.</summary>
    private readonly string pageId = Guid.NewGuid().ToString("N");

    private readonly TaskCompletionSource serverSubmitted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile HubConnection connection;
    private volatile bool closing;
    private volatile bool dropping;
    private volatile bool needsRejoin;
    private int connected;
    private AttemptLedger? ledger;

    /// <summary>Stopwatch timestamp of the deadline as estimated at Join; 0 until joined, and again once submitted.</summary>
    private long deadlineTimestamp;

    public ExamHubSession(ScenarioContext context, CookieContainer cookies, FrontendRoute route, string username)
    {
        metrics = context.Metrics;
        allowRemote = context.Options.AllowRemote;
        this.cookies = cookies;
        this.route = route;
        this.username = username;
        connection = Build(route.Current);
    }

    public bool IsConnected => connection.State == HubConnectionState.Connected;

    /// <summary>The connection came back with a new id: the attempt must be joined again to get its pushes.</summary>
    public bool NeedsRejoin => needsRejoin;

    /// <summary>The ledger of the joined attempt (null before the first Join).</summary>
    public AttemptLedger? AttemptLedger => ledger;

    /// <summary>Completes when the server pushes that it submitted the attempt (the deadline passed).</summary>
    public Task ServerSubmitted => serverSubmitted.Task;

    /// <summary>Starts the connection; when its frontend cannot be reached, tries the next frontends of the route (each once).</summary>
    public async Task<bool> ConnectAsync(CancellationToken stop)
    {
        for (var tries = 1; ; tries++)
        {
            var from = route.Index;
            var failure = await TryStartAsync(connection, stop);
            if (failure is null)
            {
                return true;
            }

            if (tries >= route.Count || !ConnectionFailure.Is(failure))
            {
                return false;
            }

            await ReplaceConnectionAsync(route.MoveOn(from));
        }
    }

    /// <summary>Goes offline on purpose (a train through a tunnel): the connection is closed from this side.</summary>
    public async Task DropAsync()
    {
        dropping = true;
        await connection.StopAsync();
        metrics.Drops.Increment();
    }

    /// <summary>
    /// Waits until the connection is back, up to <paramref name="limit"/>: the automatic reconnect, or, once that has
    /// given up, a new connection on the next frontend (on the same one when there is only one).
    /// </summary>
    public async Task<bool> WaitOnlineAsync(TimeSpan limit, CancellationToken stop)
    {
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!IsConnected)
        {
            if (Stopwatch.GetTimestamp() > until)
            {
                return false;
            }

            if (connection.State == HubConnectionState.Disconnected && !dropping)
            {
                if (await FailOverAsync(stop))
                {
                    return true;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), stop);
                continue;
            }

            await Task.Delay(200, stop);
        }

        return true;
    }

    public async Task<ExamState?> JoinAsync(Guid attempt, string username, ExamLedger ledgers, CancellationToken stop)
    {
        var state = await InvokeAsync<ExamState>("Join", metrics.Join.Record, stop, attempt);
        if (state is not null)
        {
            metrics.ClientEvents.Success(username);
            needsRejoin = false;
            ledger ??= ledgers.For(username, attempt);
            if (!state.IsSubmitted)
            {
                Interlocked.Exchange(ref deadlineTimestamp, Stopwatch.GetTimestamp() + (state.RemainingMs * Stopwatch.Frequency / 1000));
            }
        }

        return state;
    }

    public Task<ExamState?> NavigateAsync(Guid attempt, int question, CancellationToken stop) =>
        InvokeAsync<ExamState>("Navigate", metrics.Navigate.Record, stop, attempt, question);

    /// <param name="firstSent">Stopwatch timestamp of this answer's first send, for how long it waited for its acknowledgement.</param>
    /// <returns>The acknowledgement, or null when the call failed (recorded; the answer stays unacknowledged).</returns>
    public async Task<ExamAck?> SelectAnswerAsync(Guid attempt, int question, int option, long sequence, long firstSent, CancellationToken stop)
    {
        ledger?.Sent(sequence, question, option);
        var ack = await InvokeAsync<ExamAck>("SelectAnswer", RecordAck, stop, attempt, question, option, sequence);
        if (ack is not null)
        {
            metrics.ClientEvents.Success(username, Stopwatch.GetElapsedTime(firstSent));
            ledger?.Acknowledged(sequence, ack.Status);
            if (ack.Status == "Saved")
            {
                metrics.Board.Acknowledged(attempt, question);
            }

            metrics.Answers.Increment();
            metrics.AckStatuses.Record(ack.Status);
        }

        return ack;
    }

    public async Task<ExamState?> SubmitAsync(Guid attempt, CancellationToken stop)
    {
        var state = await InvokeAsync<ExamState>("Submit", metrics.Submit.Record, stop, attempt);
        if (state is not null)
        {
            Interlocked.Exchange(ref deadlineTimestamp, 0);
            if (state.IsSubmitted)
            {
                ledger?.ExamineeSubmitted();
            }
        }

        return state;
    }

    public async ValueTask DisposeAsync()
    {
        closing = true;
        try
        {
            await connection.DisposeAsync().AsTask().WaitAsync(CloseTimeout);
        }
        catch (Exception)
        {
            // Best effort: the run is over and its numbers are already recorded.
        }

        await SetConnected(false);
    }

    /// <summary>An acknowledgement's latency: overall, per second for the charts, and by whether sign-ins were running.</summary>
    private void RecordAck(TimeSpan took)
    {
        metrics.AnswerAck.Record(took);
        metrics.Timeline.RecordAck(took);
        (metrics.SigningIn.Value > 0 ? metrics.AnswerAckDuringSignIns : metrics.AnswerAckQuiet).Record(took);
    }

    private async Task<T?> InvokeAsync<T>(string method, Action<TimeSpan> recordLatency, CancellationToken stop, params object[] args)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await connection.InvokeCoreAsync<T>(method, args, stop);
            metrics.HubInvocations.Increment();
            recordLatency(Stopwatch.GetElapsedTime(started));

            return result;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            metrics.HubInvocations.Increment();
            metrics.Errors.Record(method, ErrorKind.Of(exception));
            metrics.ClientEvents.Failure(username);
            return null;
        }
    }

    private void OnTick(ExamTick tick)
    {
        // A tick of 0 is the page showing 00:00 while the server's submission is under way: right, not a drift.
        if (ledger is not { } l || tick.AttemptId != l.AttemptId || tick.RemainingMs == 0)
        {
            return;
        }

        l.Ticked(DateTimeOffset.UtcNow, tick.RemainingMs);
        var deadline = Interlocked.Read(ref deadlineTimestamp);
        if (deadline != 0)
        {
            var expectedMicros = (deadline - Stopwatch.GetTimestamp()) * 1_000_000.0 / Stopwatch.Frequency;
            metrics.RemainingDrift.RecordMicros((long)Math.Round(Math.Abs((tick.RemainingMs * 1000.0) - expectedMicros)));
        }
    }

    private void OnUpdated(ExamUpdate update)
    {
        if (ledger is not { } l || update.AttemptId != l.AttemptId || !update.IsSubmitted)
        {
            return;
        }

        Interlocked.Exchange(ref deadlineTimestamp, 0);
        if (update.Result?.SubmittedByServer == true)
        {
            l.ServerSubmitted(DateTimeOffset.UtcNow);
            serverSubmitted.TrySetResult();
        }
    }

    /// <summary>Restores a connection dropped on purpose.</summary>
    public async Task<bool> RestoreAsync(CancellationToken stop)
    {
        dropping = false;
        return await ConnectAsync(stop);
    }
}
