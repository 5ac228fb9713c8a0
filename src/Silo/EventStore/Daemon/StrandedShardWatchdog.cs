using JasperFx;
using JasperFx.Events.Daemon;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Mooc.Silo.EventStore.Daemon;

/// <summary>
/// Every few seconds looks at this silo's projection agents and stops the stranded ones (<see cref="StrandedShardRule"/>):
/// stopping unregisters the agent, and the coordinator's next round (every 5 s) starts it afresh from its stored
/// progression on whichever silo holds its lock. Stopping goes through the daemon, under its own lock, so it cannot
/// race the coordinator starting the same shard. Each restart is logged as a warning and counted.
/// </summary>
public sealed class StrandedShardWatchdog(
    IProjectionCoordinator coordinator, ProjectionDaemonMetrics metrics, TimeProvider time, ILogger<StrandedShardWatchdog> logger)
    : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    private readonly Dictionary<ISubscriptionAgent, DateTimeOffset> _firstSeenFailed = new(ReferenceEqualityComparer.Instance);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var daemon in await coordinator.AllDaemonsAsync())
                {
                    await CheckAsync(daemon);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Projection agents could not be checked; trying again in {Seconds} s", CheckEvery.TotalSeconds);
            }
        }
    }

    private async Task CheckAsync(IProjectionDaemon daemon)
    {
        var now = time.GetUtcNow();
        var agents = daemon.CurrentAgents();
        foreach (var gone in _firstSeenFailed.Keys.Except(agents).ToList())
        {
            _firstSeenFailed.Remove(gone);
        }

        foreach (var agent in agents.Where(a => a.Status != AgentStatus.Running))
        {
            var failedAt = agent.Failure?.OccurredAt ?? agent.PausedTime ?? FirstSeen(agent, now);
            if (!StrandedShardRule.IsStranded(agent.Status, failedAt, now))
            {
                continue;
            }

            var (shard, status) = (agent.Name.Identity, agent.Status.ToString());
            logger.LogWarning(
                "Projection {Shard} has been {Status} since {FailedAt:O} at event {Position} ({Failure}); restarting it",
                shard, status, failedAt, agent.Position, agent.Failure?.Message ?? "no failure recorded");
            await daemon.StopAgentAsync(shard);
            _firstSeenFailed.Remove(agent);
            metrics.Restarted(shard, status);
        }
    }

    private DateTimeOffset FirstSeen(ISubscriptionAgent agent, DateTimeOffset now)
    {
        if (!_firstSeenFailed.TryGetValue(agent, out var seen))
        {
            _firstSeenFailed[agent] = seen = now;
        }

        return seen;
    }
}
