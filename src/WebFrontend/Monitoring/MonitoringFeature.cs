namespace Mooc.WebFrontend.Monitoring;

public static class MonitoringFeature
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddSingleton<BoardWatcher>();
        services.AddHostedService<BoardRenewer>();
        return services;
    }

    public static IEndpointRouteBuilder MapMonitorHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<MonitorHub>(MonitorHub.Path, o => o.ApplicationMaxBufferSize = 16 * 1024);
        return endpoints;
    }
}
