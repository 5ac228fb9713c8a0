using Microsoft.AspNetCore.SignalR;
using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Observability;
using Mooc.WebFrontend.Exams;

namespace Mooc.WebFrontend.Observability;

public static class ObservabilityFeature
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// OpenTelemetry metrics for a Prometheus scrape, the hub filters that measure (connections; exam answers and the
    /// attempt id's log scope) and JSON log defaults. Called before the other features so its hub filters run
    /// outermost: the acknowledgement time then includes the session check.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ObservabilityOptions>(configuration.GetSection(ObservabilityOptions.Section));
        services.AddJsonConsoleLogDefaults();
        services.AddMoocMetrics();
        services.AddSingleton<HubConnectionMetrics>();
        services.AddSingleton<HubConnectionCounter>();
        services.AddSingleton<ExamMetrics>();
        services.AddSingleton<ExamHubObserver>();
        services.Configure<HubOptions>(o =>
        {
            o.AddFilter<HubConnectionCounter>();
            o.AddFilter<ExamHubObserver>();
        });
        return services;
    }

    /// <summary><c>/metrics</c> in the Prometheus text format, for loopback callers unless allowed (<see cref="MetricsAccessGuard"/>).</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null,
            configureBranchedPipeline: branch => branch.UseMiddleware<MetricsAccessGuard>(), optionsName: null);
        return endpoints;
    }
}
