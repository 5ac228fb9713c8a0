using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mooc.WebFrontend.Security;

/// <summary>Refuses, with 403 and before SignalR sees it, a <c>/hubs/*</c> request sent by a page of another origin.</summary>
public sealed class HubOriginCheck(RequestDelegate next, IOptions<SecurityOptions> options, ILogger<HubOriginCheck> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/hubs"))
        {
            return next(context);
        }

        var origin = context.Request.Headers[HeaderNames.Origin];
        if (origin.Count > 1 || !HubOriginPolicy.IsAllowed(origin.Count == 0 ? null : origin[0], context.Request.Scheme, context.Request.Host.Value ?? "", options.Value.AllowedOrigins))
        {
            logger.LogWarning("Hub request to {Path} refused: Origin {Origin} is not this site's", context.Request.Path, origin.ToString());
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
