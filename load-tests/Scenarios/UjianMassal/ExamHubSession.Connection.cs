using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

// The connection itself: building it on a frontend, starting it, its lost and closed events, and the move to the next frontend.
public sealed partial class ExamHubSession
{
    private Task OnReconnectingAsync(Exception? exception)
    {
        metrics.Errors.Record(ConnectionOperation, exception is null ? "Lost (reconnecting)" : $"Lost (reconnecting): {ErrorKind.Of(exception)}");
        metrics.ClientEvents.Failure(username);
        return SetConnected(false);
    }

    private Task OnClosedAsync(Exception? exception)
    {
        if (!closing && !dropping)
        {
            metrics.Errors.Record(ConnectionOperation, exception is null ? "Closed by server" : ErrorKind.Of(exception));
            metrics.ClientEvents.Failure(username);
        }

        return SetConnected(false);
    }

    private HubConnection Build(TargetUrls target)
    {
        var built = new HubConnectionBuilder()
            // Named as the exam page names its tab, so a drop and reconnect (here or on another frontend) is the same page, not a second session.
            .WithUrl(new Uri($"{target.ExamHub}?halaman={pageId}"), options =>
            {
                options.Cookies = cookies;
                if (!allowRemote)
                {
                    options.HttpMessageHandlerFactory = inner => new LoopbackOnlyHandler(inner);
                }
            })
            .WithAutomaticReconnect(new ExamRetryPolicy(route.Count > 1))
            .Build();
        built.On<ExamTick>("tick", OnTick);
        built.On<ExamUpdate>("updated", OnUpdated);

        // A replaced connection's late events must not touch the state of its successor.
        built.Reconnecting += e => IsCurrent(built) ? OnReconnectingAsync(e) : Task.CompletedTask;
        built.Reconnected += _ =>
        {
            if (!IsCurrent(built))
            {
                return Task.CompletedTask;
            }

            needsRejoin = true;
            return SetConnected(true);
        };
        built.Closed += e => IsCurrent(built) ? OnClosedAsync(e) : Task.CompletedTask;
        return built;
    }

    private bool IsCurrent(HubConnection candidate) => ReferenceEquals(candidate, connection);

    /// <returns>Null when started; otherwise the failure (recorded).</returns>
    private async Task<Exception?> TryStartAsync(HubConnection target, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await target.StartAsync(stop);
            metrics.HubConnects.Increment();
            metrics.HubConnect.Record(Stopwatch.GetElapsedTime(started));
            await SetConnected(true);
            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            metrics.HubConnects.Increment();
            metrics.Errors.Record(ConnectOperation, ErrorKind.Of(exception));
            metrics.ClientEvents.Failure(username);
            return exception;
        }
    }

    /// <summary>
    /// The connection is closed and the automatic reconnect has given up: a new connection on the next frontend (or on
    /// the same one when there is no other), same cookies and page id. The attempt must then be joined again.
    /// </summary>
    private async Task<bool> FailOverAsync(CancellationToken stop)
    {
        if (route.Count > 1)
        {
            await ReplaceConnectionAsync(route.MoveOn(route.Index));
        }
        else
        {
            await ReplaceConnectionAsync(route.Current);
        }

        if (await TryStartAsync(connection, stop) is not null)
        {
            return false;
        }

        needsRejoin = true;
        return true;
    }

    private async Task ReplaceConnectionAsync(TargetUrls target)
    {
        var old = connection;
        connection = Build(target);
        if (route.Count > 1)
        {
            metrics.Failovers.Increment();
        }

        try
        {
            await old.DisposeAsync().AsTask().WaitAsync(CloseTimeout);
        }
        catch (Exception)
        {
            // The old connection is dead anyway; its frontend may be gone.
        }
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
}
