namespace Mooc.LoadTests.Scenarios.Beranda;

/// <summary>One virtual user on the home page, like a browser tab showing the server clock.</summary>
public sealed class BerandaUser(ScenarioContext context)
{
    private const string HomeOperation = "GET /";

    public async Task RunAsync(CancellationToken stop)
    {
        var metrics = context.Metrics;
        metrics.ActiveUsers.Increment();
        try
        {
            await using var clock = new ClockHubSession(context);
            await clock.ConnectAsync(stop);
            while (!stop.IsCancellationRequested)
            {
                await TimedHttp.GetAsync(context, context.Urls.Home, HomeOperation, metrics.HttpGet, stop);
                if (clock.IsDisconnected && !stop.IsCancellationRequested)
                {
                    // The page script would reconnect too; the retry is timed and counted like the first connect.
                    await clock.ConnectAsync(stop);
                }

                if (clock.IsConnected)
                {
                    await clock.InvokeServerTimeAsync(stop);
                }

                await ThinkAsync(stop);
            }
        }
        finally
        {
            metrics.ActiveUsers.Decrement();
        }
    }

    private async Task ThinkAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(context.Options.ThinkTime, stop);
        }
        catch (OperationCanceledException)
        {
            // End of run.
        }
    }
}
