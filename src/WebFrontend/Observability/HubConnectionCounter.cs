using Microsoft.AspNetCore.SignalR;

namespace Mooc.WebFrontend.Observability;

/// <summary>Every hub: counts its connections in and out (<see cref="HubConnectionMetrics"/>).</summary>
public sealed class HubConnectionCounter(HubConnectionMetrics metrics) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        metrics.Opened(context.Hub.GetType().Name);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        metrics.Closed(context.Hub.GetType().Name);
        await next(context, exception);
    }
}
