using Microsoft.AspNetCore.SignalR;

namespace Mooc.WebFrontend.Accounts.Sessions;

/// <summary>
/// Every hub: remembers signed-in connections (so an ended session's can be closed) and checks the session before each
/// call, so a connection that outlived its session can do nothing even where the push was missed.
/// </summary>
public sealed class SessionHubFilter(SessionCheck sessions, SignedInConnections connections) : IHubFilter
{
    public const string Ended = "Sesi Anda telah berakhir. Silakan login kembali.";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.Identity is { IsAuthenticated: true, Name: { } username })
        {
            connections.Add(username, context.Context);
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User?.Identity is { IsAuthenticated: true, Name: { } username })
        {
            connections.Remove(username, context.Context);
        }

        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var user = invocationContext.Context.User;
        if (user?.Identity?.IsAuthenticated == true && !await sessions.IsLiveAsync(user))
        {
            invocationContext.Context.Abort();
            throw new HubException(Ended);
        }

        return await next(invocationContext);
    }
}
