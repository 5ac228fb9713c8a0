namespace Mooc.WebFrontend.Monitoring;

/// <summary>Renews this frontend's board subscriptions every minute (they expire after five).</summary>
public sealed class BoardRenewer(BoardWatcher watcher, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await watcher.RenewAsync();
        }
    }
}
