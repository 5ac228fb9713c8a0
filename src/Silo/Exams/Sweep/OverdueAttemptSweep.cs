using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.Hosting;

namespace Mooc.Silo.Exams.Sweep;

/// <summary>
/// Closes every attempt whose deadline passed while nothing was there to submit it: the whole cluster was down, or the
/// silo that hosted it (and perhaps its reminder) died. Each attempt submits itself, dated at its deadline
/// (<see cref="IExamAttemptGrain.CloseIfOverdueAsync"/>), so running it twice or on two silos changes nothing. A call that
/// fails (a grain still addressed to a silo the directory has not forgotten yet) is tried again a moment later.
/// </summary>
public sealed class OverdueAttemptSweep(
    OverdueAttemptQuery query, IGrainFactory grains, [FromKeyedServices(DomainClock.Key)] TimeProvider time, ILogger<OverdueAttemptSweep> logger)
{
    private const int Parallelism = 16;
    private const int Rounds = 5;
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);

    /// <returns>How many overdue attempts were closed.</returns>
    public async Task<int> RunAsync(string why, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> left = await query.FindAsync(time.GetUtcNow(), cancellationToken);
        var found = left.Count;
        var closed = 0;
        for (var round = 0; round < Rounds && left.Count > 0; round++)
        {
            if (round > 0)
            {
                await Task.Delay(RetryPause, cancellationToken);
            }

            var failed = new System.Collections.Concurrent.ConcurrentBag<Guid>();
            await Parallel.ForEachAsync(left, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (attempt, _) =>
                {
                    try
                    {
                        if (await grains.GetGrain<IExamAttemptGrain>(attempt).CloseIfOverdueAsync())
                        {
                            Interlocked.Increment(ref closed);
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        logger.LogDebug(ex, "Deadline sweep: attempt {AttemptId} not reached yet", attempt);
                        failed.Add(attempt);
                    }
                });
            left = [.. failed];
        }

        if (found > 0)
        {
            logger.LogInformation("Deadline sweep ({Why}): {Found} attempts past their deadline, {Closed} closed, {Left} left to their reminders",
                why, found, closed, left.Count);
        }

        return closed;
    }
}
