using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// This frontend's eyes on the attempts its browsers sit: one grain observer for all of them, renewed before it
/// expires; updates from the attempt grains are forwarded to the attempt's SignalR group on this frontend.
/// </summary>
public sealed class ExamWatcher(IClusterClient cluster, IHubContext<ExamHub> hub, TimeProvider time, ILogger<ExamWatcher> logger) : IExamAttemptObserver
{
    private readonly ConcurrentDictionary<Guid, WatchedAttempt> _attempts = new();
    private IExamAttemptObserver? _reference;

    public IReadOnlyCollection<WatchedAttempt> Attempts => (IReadOnlyCollection<WatchedAttempt>)_attempts.Values;

    public async Task WatchAsync(Guid attemptId, DateTimeOffset deadline, bool inProgress)
    {
        var watched = _attempts.AddOrUpdate(attemptId, _ => new WatchedAttempt(attemptId, deadline, inProgress, default), (_, w) => w with { Deadline = deadline, InProgress = inProgress });
        if (inProgress && time.GetUtcNow() - watched.SubscribedAt > TimeSpan.FromMinutes(1))
        {
            await SubscribeAsync(attemptId);
        }
    }

    public async Task RenewAsync()
    {
        foreach (var attempt in _attempts.Values)
        {
            if (!attempt.InProgress && time.GetUtcNow() - attempt.Deadline > TimeSpan.FromMinutes(10))
            {
                _attempts.TryRemove(attempt.AttemptId, out _);
                continue;
            }

            if (attempt.InProgress)
            {
                await SubscribeAsync(attempt.AttemptId);
            }
        }
    }

    public async Task OnAttemptUpdatedAsync(ExamAttemptUpdate update)
    {
        var inProgress = update.Status == AttemptStatus.InProgress;
        _attempts.AddOrUpdate(update.AttemptId, _ => new WatchedAttempt(update.AttemptId, update.Deadline, inProgress, default), (_, w) => w with { Deadline = update.Deadline, InProgress = inProgress });
        var remaining = inProgress ? Math.Max(0, (long)(update.Deadline - time.GetUtcNow()).TotalMilliseconds) : 0;
        await hub.Clients.Group(ExamPush.Group(update.AttemptId)).SendAsync(ExamPush.Updated, new
        {
            attemptId = update.AttemptId,
            status = ExamPageState.StatusName(update.Status),
            currentQuestion = update.CurrentQuestion,
            remainingMs = remaining,
            result = ExamResultState.From(update.Outcome),
            activePage = update.ActivePage,
        });
    }

    private async Task SubscribeAsync(Guid attemptId)
    {
        try
        {
            _reference ??= cluster.CreateObjectReference<IExamAttemptObserver>(this);
            await cluster.GetGrain<IExamAttemptGrain>(attemptId).WatchAsync(_reference);
            if (_attempts.TryGetValue(attemptId, out var w))
            {
                _attempts[attemptId] = w with { SubscribedAt = time.GetUtcNow() };
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Pushes are a convenience: the page also asks again on reconnect and the ticks carry the time.
            logger.LogWarning(ex, "Could not watch exam attempt {AttemptId}", attemptId);
        }
    }
}
