using JasperFx;

namespace Mooc.Silo.EventStore.Daemon;

/// <summary>
/// When a projection agent that has failed is stranded. Marten's coordinator starts an agent only when none is
/// registered, or when one has been paused a few seconds on the node that holds its lock. An agent stopped by
/// <c>ProgressionProgressOutOfOrderException</c> (two nodes wrote the same shard, as happens when a PostgreSQL
/// restart frees the locks while their old holder still projects) stays registered as stopped and is never started
/// again; a paused one on a node that no longer holds the lock stays paused. Either way its read model stops following.
/// </summary>
public static class StrandedShardRule
{
    /// <summary>How long a stopped agent is left alone: the coordinator does not restart it, so this only lets the failure settle.</summary>
    public static readonly TimeSpan StoppedFor = TimeSpan.FromSeconds(10);

    /// <summary>How long a paused agent is left to the coordinator, which retries it after 5 s where the lock is held.</summary>
    public static readonly TimeSpan PausedFor = TimeSpan.FromSeconds(60);

    /// <param name="failedAt">When the agent stopped or paused (its failure's time, else its pause time, else when first seen so).</param>
    public static bool IsStranded(AgentStatus status, DateTimeOffset failedAt, DateTimeOffset now) => status switch
    {
        AgentStatus.Stopped => now - failedAt >= StoppedFor,
        AgentStatus.Paused => now - failedAt >= PausedFor,
        _ => false,
    };
}
