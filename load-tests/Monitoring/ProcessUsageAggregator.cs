using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Monitoring;

/// <summary>
/// Turns successive <see cref="ProcessSnapshot"/>s into one <see cref="ProcessSample"/> per kind per interval and, at the
/// end, <see cref="ProcessUsage"/> per kind. Pure: no I/O, no clock. A process's CPU is its tick delta between two
/// snapshots, so a process seen for the first time adds its memory at once and its CPU from the next snapshot on; a
/// process that is gone is simply no longer added. The first snapshot is only the baseline.
/// </summary>
public sealed class ProcessUsageAggregator(double ticksPerSecond)
{
    private const double BytesPerMiB = 1024 * 1024;

    private readonly List<ProcessSample> series = [];
    private readonly Dictionary<string, KindTotals> totals = new(StringComparer.Ordinal);
    private Dictionary<(int Pid, long StartTicks), long> previousTicks = [];
    private TimeSpan? previousAt;

    /// <summary>When the last snapshot was taken; null before the first.</summary>
    public TimeSpan? LastAt => previousAt;

    public IReadOnlyList<ProcessSample> Series => series;

    /// <summary>Adds a snapshot; returns the samples it produced (none for the baseline).</summary>
    /// <remarks>A snapshot not later than the one before (a clock that was restarted) becomes a new baseline.</remarks>
    public IReadOnlyList<ProcessSample> Add(ProcessSnapshot snapshot)
    {
        var current = new Dictionary<(int Pid, long StartTicks), long>(snapshot.Processes.Count);
        foreach (var process in snapshot.Processes)
        {
            current[(process.Pid, process.StartTicks)] = process.CpuTicks;
        }

        var before = previousAt;
        var previous = previousTicks;
        previousTicks = current;
        previousAt = snapshot.At;
        if (before is not { } start || snapshot.At <= start)
        {
            return [];
        }

        var seconds = (snapshot.At - start).TotalSeconds;
        var second = Math.Max(0, (int)Math.Floor((start + ((snapshot.At - start) / 2)).TotalSeconds));
        var samples = new List<ProcessSample>();
        foreach (var kind in snapshot.Processes.GroupBy(p => p.Kind, StringComparer.Ordinal).OrderBy(g => Rank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            long ticks = 0, rss = 0;
            var count = 0;
            foreach (var process in kind)
            {
                count++;
                rss += process.RssBytes;
                if (previous.TryGetValue((process.Pid, process.StartTicks), out var earlier) && process.CpuTicks >= earlier)
                {
                    ticks += process.CpuTicks - earlier;
                }
            }

            var cpu = ticks / ticksPerSecond / seconds * 100;
            var mib = rss / BytesPerMiB;
            var kindTotals = totals.TryGetValue(kind.Key, out var found) ? found : totals[kind.Key] = new KindTotals();
            kindTotals.Add(count, cpu, mib);
            var sample = new ProcessSample(second, kind.Key, Round(cpu), Round(mib));
            samples.Add(sample);
            series.Add(sample);
        }

        return samples;
    }

    /// <summary>Per kind seen in at least one sample, in <see cref="ProcessKinds.All"/> order: average and peak over its samples.</summary>
    public IReadOnlyList<ProcessUsage> Usage() => totals
        .OrderBy(pair => Rank(pair.Key))
        .ThenBy(pair => pair.Key, StringComparer.Ordinal)
        .Select(pair => pair.Value.ToUsage(pair.Key))
        .ToList();

    public ProcessMonitorResult Result() => new(Usage(), series.ToList());

    private static int Rank(string kind)
    {
        for (var i = 0; i < ProcessKinds.All.Count; i++)
        {
            if (ProcessKinds.All[i] == kind)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static double Round(double value) => Math.Round(value, 1);

    private sealed class KindTotals
    {
        private int samples;
        private int maxProcesses;
        private double cpuSum;
        private double cpuMax;
        private double rssSum;
        private double rssMax;

        public void Add(int processes, double cpu, double rssMiB)
        {
            samples++;
            maxProcesses = Math.Max(maxProcesses, processes);
            cpuSum += cpu;
            cpuMax = Math.Max(cpuMax, cpu);
            rssSum += rssMiB;
            rssMax = Math.Max(rssMax, rssMiB);
        }

        public ProcessUsage ToUsage(string name) =>
            new(name, maxProcesses, Round(cpuSum / samples), Round(cpuMax), Round(rssSum / samples), Round(rssMax));
    }
}
