using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// One examinee's connection to <c>/hubs/ujian</c>, authenticated by the browser's cookies: timed connect, Join,
/// SelectAnswer and Submit, and the remaining-time drift of every "tick" against the deadline estimated at Join.
/// </summary>
public sealed class ExamHubSession : IAsyncDisposable
{
    private const string ConnectOperation = "exam hub connect";
    private const string JoinOperation = "Join";
    private const string SelectOperation = "SelectAnswer";
    private const string SubmitOperation = "Submit";
    private const string ConnectionOperation = "exam hub connection";

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly RunMetrics metrics;
    private readonly HubConnection connection;
    private volatile bool closing;
    private Guid attemptId;

    /// <summary>Stopwatch timestamp of the deadline as estimated at Join; 0 until joined, and again once submitted.</summary>
    private long deadlineTimestamp;

    public ExamHubSession(ScenarioContext context, CookieContainer cookies)
    {
        metrics = context.Metrics;
        var allowRemote = context.Options.AllowRemote;
        connection = new HubConnectionBuilder()
            .WithUrl(context.Urls.ExamHub, options =>
            {
                options.Cookies = cookies;
                if (!allowRemote)
                {
                    options.HttpMessageHandlerFactory = inner => new LoopbackOnlyHandler(inner);
                }
            })
            .Build();
        connection.On<ExamTick>("tick", OnTick);
        connection.Closed += OnClosedAsync;
    }

    public async Task<bool> ConnectAsync(CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await connection.StartAsync(stop);
            metrics.HubConnects.Increment();
            metrics.HubConnect.Record(Stopwatch.GetElapsedTime(started));
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

    public async Task<ExamState?> JoinAsync(Guid attempt, CancellationToken stop)
    {
        var state = await InvokeAsync<ExamState>(JoinOperation, stop, "Join", attempt);
        if (state is not null && !state.IsSubmitted)
        {
            attemptId = attempt;
            var deadline = Stopwatch.GetTimestamp() + (state.RemainingMs * Stopwatch.Frequency / 1000);
            Interlocked.Exchange(ref deadlineTimestamp, deadline);
        }

        return state;
    }

    /// <returns>The acknowledgement, or null when the call failed (recorded).</returns>
    public async Task<ExamAck?> SelectAnswerAsync(Guid attempt, int question, int option, long sequence, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var ack = await InvokeAsync<ExamAck>(SelectOperation, stop, "SelectAnswer", attempt, question, option, sequence);
        if (ack is not null)
        {
            metrics.AnswerAck.Record(Stopwatch.GetElapsedTime(started));
            metrics.Answers.Increment();
            metrics.AckStatuses.Record(ack.Status);
        }

        return ack;
    }

    public async Task<ExamState?> SubmitAsync(Guid attempt, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var state = await InvokeAsync<ExamState>(SubmitOperation, stop, "Submit", attempt);
        if (state is not null)
        {
            metrics.Submit.Record(Stopwatch.GetElapsedTime(started));
            Interlocked.Exchange(ref deadlineTimestamp, 0);
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
    }

    private async Task<T?> InvokeAsync<T>(string operation, CancellationToken stop, string method, params object[] args)
        where T : class
    {
        try
        {
            var result = await connection.InvokeCoreAsync<T>(method, args, stop);
            metrics.HubInvocations.Increment();
            return result;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            metrics.HubInvocations.Increment();
            metrics.Errors.Record(operation, ErrorKind.Of(exception));
            return null;
        }
    }

    private void OnTick(ExamTick tick)
    {
        var deadline = Interlocked.Read(ref deadlineTimestamp);
        if (deadline == 0 || tick.AttemptId != attemptId)
        {
            return;
        }

        var expectedMicros = (deadline - Stopwatch.GetTimestamp()) * 1_000_000.0 / Stopwatch.Frequency;
        metrics.RemainingDrift.RecordMicros((long)Math.Round(Math.Abs((tick.RemainingMs * 1000.0) - expectedMicros)));
    }

    private Task OnClosedAsync(Exception? exception)
    {
        if (!closing)
        {
            metrics.Errors.Record(ConnectionOperation, exception is null ? "Closed by server" : ErrorKind.Of(exception));
        }

        return Task.CompletedTask;
    }
}
