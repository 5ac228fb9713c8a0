using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Scenarios.Beranda;

/// <summary>One user's connection to <c>/hubs/clock</c>: timed connect, timed GetServerTime with drift, bounded close.</summary>
public sealed class ClockHubSession : IAsyncDisposable
{
    private const string ConnectOperation = "SignalR connect";
    private const string InvokeOperation = "invoke GetServerTime";
    private const string ConnectionOperation = "SignalR connection";

    /// <summary>Closing must never hold up the end of the run.</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly RunMetrics metrics;
    private readonly HubConnection connection;
    private volatile bool closing;

    public ClockHubSession(ScenarioContext context)
    {
        metrics = context.Metrics;
        var allowRemote = context.Options.AllowRemote;
        connection = new HubConnectionBuilder()
            .WithUrl(context.Urls.ClockHub, options =>
            {
                if (!allowRemote)
                {
                    options.HttpMessageHandlerFactory = inner => new LoopbackOnlyHandler(inner);
                }
            })
            .Build();
        connection.Closed += OnClosedAsync;
    }

    public bool IsConnected => connection.State == HubConnectionState.Connected;

    public bool IsDisconnected => connection.State == HubConnectionState.Disconnected;

    public async Task ConnectAsync(CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await connection.StartAsync(stop);
            metrics.HubConnects.Increment();
            metrics.HubConnect.Record(Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended while connecting.
        }
        catch (Exception exception)
        {
            metrics.HubConnects.Increment();
            metrics.Errors.Record(ConnectOperation, ErrorKind.Of(exception));
        }
    }

    public async Task InvokeServerTimeAsync(CancellationToken stop)
    {
        var sentAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var serverUnixMs = await connection.InvokeAsync<long>("GetServerTime", stop);
            var roundTrip = Stopwatch.GetElapsedTime(started);
            metrics.HubInvocations.Increment();
            metrics.HubInvoke.Record(roundTrip);
            metrics.ClockDrift.RecordMicros(ClockDrift.Micros(serverUnixMs, sentAt, roundTrip));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended mid-call.
        }
        catch (Exception exception)
        {
            metrics.HubInvocations.Increment();
            metrics.Errors.Record(InvokeOperation, ErrorKind.Of(exception));
        }
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

    private Task OnClosedAsync(Exception? exception)
    {
        if (!closing)
        {
            metrics.Errors.Record(ConnectionOperation, exception is null ? "Closed by server" : ErrorKind.Of(exception));
        }

        return Task.CompletedTask;
    }
}
