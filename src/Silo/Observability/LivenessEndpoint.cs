using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mooc.Silo.Observability;

/// <summary><c>GET /health/live</c>: 200 <c>ok</c> once every hosted service (Orleans among them) has started, 503 before and while stopping.</summary>
public static class LivenessEndpoint
{
    public const string Path = "/health/live";

    public static IEndpointRouteBuilder MapLiveness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IHostApplicationLifetime lifetime) =>
            lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested
                ? Results.Text("ok")
                : Results.Text("starting or stopping", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
