using Orleans.Runtime;

namespace Mooc.Silo.Exams.Sweep;

/// <summary>
/// Runs the <see cref="OverdueAttemptSweep"/> when this silo has started (attempts whose deadline passed while the whole
/// cluster was down are submitted at once, dated at their deadline, rather than at their reminder's next tick) and
/// whenever the cluster declares a silo dead (attempts whose timer died with it). After a death only the first active
/// silo (by address) sweeps, so the cluster does the work once; the reminders remain the backstop of both.
/// </summary>
public sealed class DeadlineSweepService(
    OverdueAttemptSweep sweep, IClusterMembershipService membership, ILocalSiloDetails silo, ILogger<DeadlineSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await SweepAsync("silo started", stoppingToken);
        var dead = DeadSilos(membership.CurrentSnapshot);
        await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
        {
            var nowDead = DeadSilos(snapshot);
            if (nowDead.Except(dead).Any() && IsSweeper(snapshot))
            {
                await SweepAsync($"silo {string.Join(", ", nowDead.Except(dead))} declared dead", stoppingToken);
            }

            dead = nowDead;
        }
    }

    private static HashSet<SiloAddress> DeadSilos(ClusterMembershipSnapshot snapshot) =>
        [.. snapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress)];

    private bool IsSweeper(ClusterMembershipSnapshot snapshot) =>
        snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress).Order().FirstOrDefault() is { } first
        && first.Equals(silo.SiloAddress);

    private async Task SweepAsync(string why, CancellationToken stoppingToken)
    {
        try
        {
            await sweep.RunAsync(why, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reminders still submit these attempts; the sweep only makes it prompt.
            logger.LogWarning(ex, "Deadline sweep ({Why}) did not finish; the attempts' reminders will submit them", why);
        }
    }
}
