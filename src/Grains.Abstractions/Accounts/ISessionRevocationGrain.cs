namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>
/// The fan-out of "this account's sessions have ended" to every frontend (key 0, in memory). Frontends subscribe and
/// renew every minute; a frontend that misses a push still finds out within its session-check cache time.
/// </summary>
public interface ISessionRevocationGrain : IGrainWithIntegerKey
{
    Task SubscribeAsync(ISessionRevocationObserver frontend);

    Task EndSessionsAsync(string username);
}
