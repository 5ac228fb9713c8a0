using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Mooc.WebFrontend.Health;

/// <summary>
/// Does PostgreSQL answer now? After a restart of the server the pool still holds connections that broke with it; the
/// first use of one fails although the server is back, so on such a failure the idle connections are dropped and the
/// question asked once more on a new connection (the rest of the frontend then gets fresh connections too).
/// </summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await AskAsync(cancellationToken);
        }
        catch (NpgsqlException ex) when (ex.IsTransient)
        {
            dataSource.Clear();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return Unhealthy(ex);
        }

        try
        {
            return await AskAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return Unhealthy(ex);
        }
    }

    private async Task<HealthCheckResult> AskAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select current_setting('server_version')");
        command.CommandTimeout = 5;
        var version = (string?)await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy($"PostgreSQL {version} answers");
    }

    private static HealthCheckResult Unhealthy(Exception ex) => HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {ex.Message}");
}
