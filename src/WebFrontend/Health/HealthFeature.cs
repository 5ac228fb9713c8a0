using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Npgsql;

namespace Mooc.WebFrontend.Health;

public static class HealthFeature
{
    public const string Path = "/health";

    /// <summary>PostgreSQL, the Orleans cluster and the projection daemon, reported as JSON at <c>/health</c>.</summary>
    public static IServiceCollection AddMoocHealth(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgresql")
            .AddCheck<OrleansClusterHealthCheck>("orleans")
            .AddCheck<ProjectionDaemonHealthCheck>("projections");
        return services;
    }

    public static IEndpointRouteBuilder MapMoocHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        return endpoints;
    }
}
