using Mooc.Grains.Abstractions.Accounts;
using Orleans.Utilities;

namespace Mooc.Silo.Accounts;

/// <summary>
/// Tells every subscribed frontend that an account's sessions ended, so each drops its cached session check and closes
/// the account's hub connections at once. In memory: after a silo loss frontends subscribe again within a minute.
/// </summary>
public sealed class SessionRevocationGrain(ILogger<SessionRevocationGrain> logger) : Grain, ISessionRevocationGrain
{
    private readonly ObserverManager<ISessionRevocationObserver> _frontends = new(TimeSpan.FromMinutes(5), logger);

    public Task SubscribeAsync(ISessionRevocationObserver frontend)
    {
        _frontends.Subscribe(frontend, frontend);
        return Task.CompletedTask;
    }

    public Task EndSessionsAsync(string username)
    {
        _frontends.Notify(f => f.OnSessionsEndedAsync(username));
        return Task.CompletedTask;
    }
}
