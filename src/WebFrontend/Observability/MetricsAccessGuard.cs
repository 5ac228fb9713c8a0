using Microsoft.Extensions.Options;

namespace Mooc.WebFrontend.Observability;

/// <summary>In front of <c>/metrics</c>: a caller the <see cref="MetricsAccessRule"/> refuses gets the site's ordinary 404.</summary>
public sealed class MetricsAccessGuard(RequestDelegate next, IOptions<ObservabilityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (MetricsAccessRule.Allows(context.Connection.RemoteIpAddress, options.Value.AllowRemoteMetrics))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
