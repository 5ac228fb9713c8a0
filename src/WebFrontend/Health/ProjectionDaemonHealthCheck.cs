using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mooc.Grains.Abstractions.Operations;

namespace Mooc.WebFrontend.Health;

/// <summary>Asks a silo for the projection daemon's progress and judges it with <see cref="ProjectionHealth"/>.</summary>
public sealed class ProjectionDaemonHealthCheck(IClusterClient cluster, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var status = await cluster.GetGrain<IProjectionStatusGrain>(0).GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return ProjectionHealth.Evaluate(status, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"projection progress cannot be read: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
