using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mooc.Grains.Abstractions.Operations;

namespace Mooc.WebFrontend.Health;

/// <summary>
/// Judges the daemon's progress: healthy while every projection is caught up or moving; unhealthy when
/// events wait and no projection has advanced for <see cref="StallAfter"/> (no silo runs the daemon, or it is stuck).
/// </summary>
public static class ProjectionHealth
{
    public static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(60);

    public static HealthCheckResult Evaluate(ProjectionStatus status, DateTimeOffset now)
    {
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
        var waitingSince = lastProgress ?? status.HighestEventAt ?? now;
        return now - waitingSince > StallAfter
            ? HealthCheckResult.Unhealthy($"{status.LagEvents} event(s) wait and no projection advanced for {StallAfter.TotalSeconds:0} s", data: data)
            : HealthCheckResult.Healthy($"catching up: {status.LagEvents} event(s) behind", data);
    }
}
