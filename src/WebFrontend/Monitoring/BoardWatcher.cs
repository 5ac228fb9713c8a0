using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Monitoring;

namespace Mooc.WebFrontend.Monitoring;

/// <summary>
/// This frontend's one observer of the boards its admins watch, renewed before it expires; every change is
/// forwarded to the board's SignalR group on this frontend, so any number of admins cost one subscription.
/// </summary>
public sealed class BoardWatcher(IClusterClient cluster, IHubContext<MonitorHub> hub, TimeProvider time, ILogger<BoardWatcher> logger) : IExamBoardObserver
{
    private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _subscribed = new(StringComparer.Ordinal);
    private IExamBoardObserver? _reference;

    public async Task WatchAsync(string courseCode)
    {
        if (!_subscribed.TryGetValue(courseCode, out var at) || time.GetUtcNow() - at > Renewal)
        {
            await SubscribeAsync(courseCode);
        }
    }

    public async Task RenewAsync()
    {
        foreach (var courseCode in _subscribed.Keys)
        {
            await SubscribeAsync(courseCode);
        }
    }

    public Task OnBoardChangedAsync(ExamBoardChange change) =>
        hub.Clients.Group(BoardPush.Group(change.CourseCode)).SendAsync(BoardPush.Changed, change);

    private async Task SubscribeAsync(string courseCode)
    {
        try
        {
            _reference ??= cluster.CreateObjectReference<IExamBoardObserver>(this);
            await cluster.GetGrain<IExamMonitorGrain>(courseCode).WatchAsync(_reference);
            _subscribed[courseCode] = time.GetUtcNow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The page asks for the whole board again after a reconnect, so a missed renewal costs freshness only.
            logger.LogWarning(ex, "Could not watch the board of {Course}", courseCode);
        }
    }
}
