using System.Diagnostics.Metrics;
using Mooc.Infrastructure.Observability;

namespace Mooc.Silo.EventStore.Daemon;

/// <summary><c>mooc.projection.shard.restarts</c>: stranded projection agents this silo handed back to the coordinator.</summary>
public sealed class ProjectionDaemonMetrics
{
    private readonly Counter<long> _restarts;

    public ProjectionDaemonMetrics(MoocMeter meter)
    {
        _restarts = meter.Meter.CreateCounter<long>("mooc.projection.shard.restarts", "{restart}",
            "Projection agents found stopped or long paused and restarted, by shard and the status they were in");
    }

    public void Restarted(string shard, string status) =>
        _restarts.Add(1, new KeyValuePair<string, object?>("shard", shard), new KeyValuePair<string, object?>("status", status));
}
