using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.WebFrontend.Accounts.Sessions;

/// <summary>
/// This frontend's subscription to "an account's sessions ended": drops the cached session check and closes the
/// account's hub connections here. Subscribes at start and renews every minute (the grain forgets after five).
/// </summary>
public sealed class SessionRevocationListener(IClusterClient cluster, SessionCheck sessions, SignedInConnections connections, ILogger<SessionRevocationListener> logger)
    : BackgroundService, ISessionRevocationObserver
{
    private static readonly TimeSpan Renewal = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);
    private ISessionRevocationObserver? _reference;

    public Task OnSessionsEndedAsync(string username)
    {
        EndHere(username);
        return Task.CompletedTask;
    }

    /// <summary>Ends the account's sessions on this frontend now (also called by the admin's own request, before any push).</summary>
    public void EndHere(string username)
    {
        sessions.Forget(username);
        var closed = connections.CloseAll(username);
        if (closed > 0)
        {
            logger.LogInformation("Sessions of {Username} ended: {Count} hub connections closed", username, closed);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Renewal;
            try
            {
                _reference ??= cluster.CreateObjectReference<ISessionRevocationObserver>(this);
                await cluster.GetGrain<ISessionRevocationGrain>(0).SubscribeAsync(_reference);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Until it works, sessions ended elsewhere end here within the session check's cache time.
                logger.LogWarning(ex, "Could not subscribe to ended sessions; trying again");
                wait = Retry;
            }

            await Task.Delay(wait, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
