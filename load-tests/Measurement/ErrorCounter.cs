using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mooc.LoadTests.Measurement;

/// <summary>
/// Counts failures by operation and kind (HTTP status or exception type), safely across users; with a clock, also
/// keeps when each happened, so errors inside a fault's window can be told from the others.
/// </summary>
public sealed class ErrorCounter(Stopwatch? clock = null)
{
    private readonly ConcurrentDictionary<(string Operation, string Kind), long> counts = new();
    private readonly ConcurrentQueue<double> times = new();
    private long total;

    public long Total => Interlocked.Read(ref total);

    public void Record(string operation, string kind)
    {
        counts.AddOrUpdate((operation, kind), 1, static (_, count) => count + 1);
        Interlocked.Increment(ref total);
        if (clock is not null)
        {
            times.Enqueue(clock.Elapsed.TotalSeconds);
        }
    }

    /// <summary>When each error happened, in seconds on the run's clock (empty without a clock).</summary>
    public IReadOnlyList<double> Times() => [.. times];

    public IReadOnlyList<ErrorCount> Snapshot() => counts
        .Select(pair => new ErrorCount(pair.Key.Operation, pair.Key.Kind, pair.Value))
        .OrderByDescending(error => error.Count)
        .ThenBy(error => error.Operation, StringComparer.Ordinal)
        .ToList();
}
