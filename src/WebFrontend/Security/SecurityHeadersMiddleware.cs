using Microsoft.Extensions.Options;

namespace Mooc.WebFrontend.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> as the response starts, so they survive the exception handler and the status-code
/// pages (both clear the headers of the response they replace) and reach static files and hub negotiation too.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            SecurityHeaders.Apply(context.Response.Headers, context.Request.IsHttps, options.Value);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
