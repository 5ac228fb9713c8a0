using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Mooc.Infrastructure.Observability;
using Orleans.Dashboard;

namespace Mooc.Silo.Observability;

/// <summary>
/// A silo's operations endpoint, a small Kestrel listener apart from Orleans' ports: the Orleans Dashboard at <c>/</c>,
/// Prometheus metrics at <c>/metrics</c> and <c>/health/live</c>. Loopback by default, because the dashboard has no
/// authentication; off (no listener, no dashboard) when <see cref="OperationsOptions.Url"/> is empty or 0.
/// </summary>
public static class OperationsEndpointFeature
{
    public static WebApplicationBuilder AddOperationsEndpoint(this WebApplicationBuilder builder, Uri? url)
    {
        if (url is null)
        {
            builder.Services.AddSingleton<IServer, NoHttpServer>();
            return builder;
        }

        builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
        builder.Services.AddMoocMetrics();
        builder.Services.AddSingleton<ProjectionLagMetrics>();
        builder.UseOrleans(silo => silo.AddDashboard());
        return builder;
    }

    public static WebApplication MapOperationsEndpoint(this WebApplication app, Uri? url)
    {
        if (url is null)
        {
            return app;
        }

        // Observable gauges exist from their first resolution on.
        app.Services.GetRequiredService<ProjectionLagMetrics>();
        app.MapLiveness();
        app.MapPrometheusScrapingEndpoint();
        app.MapOrleansDashboard();
        return app;
    }
}
