using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Mooc.Infrastructure.Observability;

public static class MetricsFeature
{
    /// <summary>The Orleans meter: on a silo the runtime's own figures, on a frontend the client's.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>
    /// OpenTelemetry metrics of the process for a Prometheus scrape: the <c>Mooc</c> meter, Orleans, ASP.NET Core
    /// (requests, Kestrel, SignalR connections) and the .NET runtime. The endpoint itself is mapped by each process.
    /// </summary>
    public static IServiceCollection AddMoocMetrics(this IServiceCollection services)
    {
        services.AddMoocMeter();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MoocMeter.Name, OrleansMeter)
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Only the meter, for hosts that record but do not export (in-process test silos).</summary>
    public static IServiceCollection AddMoocMeter(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<MoocMeter>();
        return services;
    }
}
