using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Faults;

/// <summary>
/// Turns the faults' runs, the clients' failures and successes and the per-second acknowledged answers into the
/// report's recovery figures (the definitions are on <see cref="FaultReport"/> and in the README). Pure, so it is unit-tested.
/// </summary>
public static class FaultRecovery
{
    /// <summary>Seconds before a fault whose mean acknowledged answers per second is the throughput baseline.</summary>
    public const int BaselineSeconds = 10;

    /// <summary>How far after the fault's start (or its command's end, if later) a dip in throughput is looked for.</summary>
    public const int DipSearchSeconds = 10;

    public const double RecoveredShare = 0.5;

    /// <param name="runs">The faults as run, in time order.</param>
    /// <param name="events">Every client event of the run, in time order.</param>
    /// <param name="answersPerSecond">Acknowledged answers in each second of the run's clock (index = second).</param>
    /// <param name="errorTimes">When each error happened, on the run's clock.</param>
    /// <param name="loadEndSecond">The end of the load on the run's clock.</param>
    public static IReadOnlyList<FaultReport> Compute(
        IReadOnlyList<FaultRun> runs, IReadOnlyList<ClientEvent> events, IReadOnlyList<long> answersPerSecond, IReadOnlyList<double> errorTimes, double loadEndSecond)
    {
        var ordered = runs.OrderBy(r => r.StartSecond ?? double.MaxValue).ToList();
        var reports = new List<FaultReport>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var run = ordered[i];
            var windowEnd = ordered.Skip(i + 1).Select(r => r.StartSecond).FirstOrDefault(s => s is not null) ?? loadEndSecond;
            reports.Add(run.StartSecond is { } start ? Measure(run, start, windowEnd, events, answersPerSecond, errorTimes) : NotRun(run));
        }

        return reports;
    }

    /// <summary>Errors outside every fault's window (start → recovery; to the end of the run when a fault did not recover).</summary>
    public static long ErrorsOutside(IReadOnlyList<FaultReport> faults, IReadOnlyList<double> errorTimes, long totalErrors)
    {
        var inside = errorTimes.Count(t => faults.Any(f => InWindow(f, t)));
        return Math.Max(0, totalErrors - inside);
    }

    /// <summary>The first second at or after the fault whose answers are back at half the baseline; 0 when they never fell below.</summary>
    public static double? ThroughputRecoveredAfter(IReadOnlyList<long> answersPerSecond, double start, double commandEnd, out double? baseline)
    {
        var faultSecond = (int)Math.Floor(start);
        var before = Enumerable.Range(faultSecond - BaselineSeconds, BaselineSeconds).Where(s => s >= 0 && s < answersPerSecond.Count).ToList();
        baseline = before.Count == 0 ? null : before.Average(s => (double)answersPerSecond[s]);
        if (baseline is not > 0)
        {
            return null;
        }

        var threshold = baseline.Value * RecoveredShare;
        var searchEnd = Math.Min(answersPerSecond.Count - 1, (int)Math.Floor(Math.Max(start, commandEnd)) + DipSearchSeconds);
        var dip = Enumerable.Range(faultSecond, Math.Max(0, searchEnd - faultSecond + 1)).Where(s => answersPerSecond[s] < threshold).Cast<int?>().FirstOrDefault();
        if (dip is null)
        {
            return 0;
        }

        for (var s = dip.Value + 1; s < answersPerSecond.Count; s++)
        {
            if (answersPerSecond[s] >= threshold)
            {
                return Math.Round(Math.Max(0, s - start), 3);
            }
        }

        return null;
    }

    private static bool InWindow(FaultReport fault, double t) =>
        fault.StartSecond is { } start && t >= start && (fault.RecoveredAtSecond is not { } end || t <= end);

    private static FaultReport Measure(FaultRun run, double start, double windowEnd, IReadOnlyList<ClientEvent> events, IReadOnlyList<long> answersPerSecond, IReadOnlyList<double> errorTimes)
    {
        var affected = events.Where(e => e.Kind == ClientEventKind.Failure && e.AtSeconds >= start && e.AtSeconds < windowEnd)
            .GroupBy(e => e.Username, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(e => e.AtSeconds), StringComparer.Ordinal);
        var byClient = events.Where(e => e.Kind == ClientEventKind.Success && affected.ContainsKey(e.Username))
            .GroupBy(e => e.Username, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.AtSeconds).ToList(), StringComparer.Ordinal);
        var resumedAt = new List<double>();
        var notResumed = new List<string>();
        double? longestWait = null;
        foreach (var (user, lastFailure) in affected.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var successes = byClient.GetValueOrDefault(user, []);
            var resumed = successes.FirstOrDefault(e => e.AtSeconds >= lastFailure);
            if (resumed is null)
            {
                notResumed.Add(user);
                continue;
            }

            resumedAt.Add(resumed.AtSeconds);
            var firstAckAfter = successes.FirstOrDefault(e => e.AtSeconds >= lastFailure && e.AckWaitSeconds is not null)?.AtSeconds ?? resumed.AtSeconds;
            var waits = successes.Where(e => e.AtSeconds >= start && e.AtSeconds <= firstAckAfter && e.AckWaitSeconds is not null).Select(e => e.AckWaitSeconds!.Value);
            foreach (var wait in waits)
            {
                longestWait = Math.Max(longestWait ?? 0, wait);
            }
        }

        double? allResumed = notResumed.Count > 0 ? null : resumedAt.Count == 0 ? 0 : Math.Round(resumedAt.Max() - start, 3);
        var throughput = ThroughputRecoveredAfter(answersPerSecond, start, run.EndSecond ?? start, out var baseline);
        double? recoveredAt = allResumed is null || throughput is null
            ? null
            : Math.Max(run.EndSecond ?? start, start + Math.Max(allResumed.Value, throughput.Value));
        var report = new FaultReport(run.Fault.Spec, run.Fault.At.TotalSeconds, run.Command, run.StartedAt, run.EndedAt, Round(start), Round(run.EndSecond),
            run.ExitCode, run.Output, run.CommandResult, affected.Count, resumedAt.Count, notResumed, allResumed, throughput,
            longestWait is null ? null : Math.Round(longestWait.Value, 3), baseline is null ? null : Math.Round(baseline.Value, 1), Round(recoveredAt), 0);
        return report with { ErrorsInWindow = errorTimes.LongCount(t => InWindow(report with { StartSecond = start, RecoveredAtSecond = recoveredAt }, t)) };
    }

    private static FaultReport NotRun(FaultRun run) =>
        new(run.Fault.Spec, run.Fault.At.TotalSeconds, run.Command, null, null, null, null, null, run.Output, null, 0, 0, [], null, null, null, null, null, 0);

    private static double? Round(double? seconds) => seconds is null ? null : Math.Round(seconds.Value, 3);
}
