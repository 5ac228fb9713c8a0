using Microsoft.AspNetCore.SignalR;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// Pushes the server's remaining time to every exam page on this frontend every few seconds (the page only
/// interpolates in between), and renews this frontend's watch on its attempts every minute.
/// </summary>
public sealed class ExamClockPusher(ExamWatcher watcher, IHubContext<ExamHub> hub, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan TickEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TickEvery, time);
        var ticks = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Each tick reads the clock when it is sent, and the sends do not queue behind each other:
            // a slow connection must not make the time of the attempts after it stale.
            await Task.WhenAll(watcher.Attempts.Where(a => a.InProgress).Select(attempt =>
            {
                var remaining = Math.Max(0, (long)(attempt.Deadline - time.GetUtcNow()).TotalMilliseconds);
                return hub.Clients.Group(ExamPush.Group(attempt.AttemptId)).SendAsync(ExamPush.Tick, new { attemptId = attempt.AttemptId, remainingMs = remaining }, stoppingToken);
            }));

            if (++ticks % 12 == 0)
            {
                await watcher.RenewAsync();
            }
        }
    }
}
