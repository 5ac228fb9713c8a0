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
/// </summary>
public sealed class ExamHubSession : IAsyncDisposable
{
    private const string ConnectOperation = "exam hub connect";
    private const string ConnectionOperation = "exam hub connection";

    /// <summary>The exam page's reconnect delays.</summary>
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly RunMetrics metrics;
    private readonly HubConnection connection;
    private readonly TaskCompletionSource serverSubmitted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool closing;
    private volatile bool dropping;
    private volatile bool needsRejoin;
    private int connected;
    private AttemptLedger? ledger;

    /// <summary>Stopwatch timestamp of the deadline as estimated at Join; 0 until joined, and again once submitted.</summary>
    private long deadlineTimestamp;

    public ExamHubSession(ScenarioContext context, CookieContainer cookies)
    {
        metrics = context.Metrics;
        var allowRemote = context.Options.AllowRemote;
        connection = new HubConnectionBuilder()
            // Named as the exam page names its tab, so a drop and reconnect is the same page, not a second session.
            .WithUrl(new Uri($"{context.Urls.ExamHub}?halaman={Guid.NewGuid():N}"), options =>
            {
                options.Cookies = cookies;
                if (!allowRemote)
                {
                    options.HttpMessageHandlerFactory = inner => new LoopbackOnlyHandler(inner);
                }
            })
            .WithAutomaticReconnect(new RetryPolicy())
            .Build();
        connection.On<ExamTick>("tick", OnTick);
        connection.On<ExamUpdate>("updated", OnUpdated);
        connection.Reconnecting += OnReconnectingAsync;
        connection.Reconnected += _ =>
        {
            needsRejoin = true;
            return SetConnected(true);
        };
        connection.Closed += OnClosedAsync;
    }

    public bool IsConnected => connection.State == HubConnectionState.Connected;

    /// <summary>The connection came back with a new id: the attempt must be joined again to get its pushes.</summary>
    public bool NeedsRejoin => needsRejoin;

    /// <summary>The ledger of the joined attempt (null before the first Join).</summary>
    public AttemptLedger? AttemptLedger => ledger;

    /// <summary>Completes when the server pushes that it submitted the attempt (the deadline passed).</summary>
    public Task ServerSubmitted => serverSubmitted.Task;

    public async Task<bool> ConnectAsync(CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await connection.StartAsync(stop);
            metrics.HubConnects.Increment();
            metrics.HubConnect.Record(Stopwatch.GetElapsedTime(started));
            await SetConnected(true);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            metrics.HubConnects.Increment();
            metrics.Errors.Record(ConnectOperation, ErrorKind.Of(exception));
            return false;
        }
    }

    /// <summary>Goes offline on purpose (a train through a tunnel): the connection is closed from this side.</summary>
    public async Task DropAsync()
    {
        dropping = true;
        await connection.StopAsync();
        metrics.Drops.Increment();
    }

    /// <summary>Waits until the automatic reconnect has brought the connection back, up to <paramref name="limit"/>.</summary>
    public async Task<bool> WaitOnlineAsync(TimeSpan limit, CancellationToken stop)
    {
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!IsConnected)
        {
            if (connection.State == HubConnectionState.Disconnected || Stopwatch.GetTimestamp() > until)
            {
                return false;
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

    /// <returns>The acknowledgement, or null when the call failed (recorded; the answer stays unacknowledged).</returns>
    public async Task<ExamAck?> SelectAnswerAsync(Guid attempt, int question, int option, long sequence, CancellationToken stop)
    {
        ledger?.Sent(sequence, question, option);
        var ack = await InvokeAsync<ExamAck>("SelectAnswer", RecordAck, stop, attempt, question, option, sequence);
        if (ack is not null)
        {
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

    private Task OnReconnectingAsync(Exception? exception)
    {
        metrics.Errors.Record(ConnectionOperation, exception is null ? "Lost (reconnecting)" : $"Lost (reconnecting): {ErrorKind.Of(exception)}");
        return SetConnected(false);
    }

    private Task OnClosedAsync(Exception? exception)
    {
        if (!closing && !dropping)
        {
            metrics.Errors.Record(ConnectionOperation, exception is null ? "Closed by server" : ErrorKind.Of(exception));
        }

        return SetConnected(false);
    }

    /// <summary>Restores a connection dropped on purpose.</summary>
    public async Task<bool> RestoreAsync(CancellationToken stop)
    {
        dropping = false;
        return await ConnectAsync(stop);
    }

    private Task SetConnected(bool now)
    {
        var was = Interlocked.Exchange(ref connected, now ? 1 : 0) == 1;
        if (now && !was)
        {
            metrics.ConnectedUsers.Increment();
        }
        else if (!now && was)
        {
            metrics.ConnectedUsers.Decrement();
        }

        return Task.CompletedTask;
    }

    /// <summary>The exam page's retry delays; after the last one it keeps trying every 5 s until the run ends.</summary>
    private sealed class RetryPolicy : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            RetryDelays[Math.Min(retryContext.PreviousRetryCount, RetryDelays.Length - 1)];
    }
}
