using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mooc.Grains.Abstractions.Operations;

namespace Mooc.WebFrontend.Health;

/// <summary>
/// Healthy while every projection is caught up or moving; unhealthy when events wait and no projection has
/// advanced for <see cref="StallAfter"/> (no silo runs the daemon, or it is stuck).
/// </summary>
public sealed class ProjectionDaemonHealthCheck(IClusterClient cluster, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(60);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ProjectionStatus status;
        try
        {
            status = await cluster.GetGrain<IProjectionStatusGrain>(0).GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"projection progress cannot be read: {ex.GetType().Name}: {ex.Message}");
        }

        var now = time.GetUtcNow();
        var lagSeconds = status.LagEvents > 0 && status.HighestEventAt is { } newest ? Math.Max(0, (now - newest).TotalSeconds) : 0;
        var data = new Dictionary<string, object>
        {
            ["highestEventSequence"] = status.HighestEventSequence,
            ["lagEvents"] = status.LagEvents,
            ["projections"] = status.Projections.ToDictionary(p => p.Name, p => (object)p.Sequence),
        };

        if (status.LagEvents == 0)
        {
            return HealthCheckResult.Healthy($"caught up at event {status.HighestEventSequence}", data);
        }

        var lastProgress = status.Projections.Select(p => p.LastUpdated).Max();
        var stalled = lastProgress is null ? lagSeconds > StallAfter.TotalSeconds : now - lastProgress > StallAfter;
        return stalled
            ? HealthCheckResult.Unhealthy($"{status.LagEvents} event(s) wait and no projection advanced for {StallAfter.TotalSeconds:0} s", data: data)
            : HealthCheckResult.Healthy($"catching up: {status.LagEvents} event(s) behind", data);
    }
}
