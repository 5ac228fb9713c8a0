using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mooc.WebFrontend.Health;

public sealed class OrleansClusterHealthCheck(IClusterClient cluster) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await cluster.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            var data = new Dictionary<string, object> { ["activeSilos"] = hosts.Count };
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)", data)
                : HealthCheckResult.Unhealthy("no active silo", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"the Orleans cluster does not answer: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
