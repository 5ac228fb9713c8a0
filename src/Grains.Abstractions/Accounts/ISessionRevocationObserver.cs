using Orleans.Concurrency;

namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>A frontend, told that every session of an account has ended (locked, or its password reset).</summary>
public interface ISessionRevocationObserver : IGrainObserver
{
    [OneWay]
    Task OnSessionsEndedAsync(string username);
}
