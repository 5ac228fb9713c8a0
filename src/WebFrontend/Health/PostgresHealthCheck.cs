using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Mooc.WebFrontend.Health;

public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("select current_setting('server_version')");
            command.CommandTimeout = 5;
            var version = (string?)await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL {version} answers");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {ex.Message}");
        }
    }
}
