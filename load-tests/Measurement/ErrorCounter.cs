using System.Collections.Concurrent;

namespace Mooc.LoadTests.Measurement;

/// <summary>Counts failures by operation and kind (HTTP status or exception type), safely across users.</summary>
public sealed class ErrorCounter
{
    private readonly ConcurrentDictionary<(string Operation, string Kind), long> counts = new();
    private long total;

    public long Total => Interlocked.Read(ref total);

    public void Record(string operation, string kind)
    {
        counts.AddOrUpdate((operation, kind), 1, static (_, count) => count + 1);
        Interlocked.Increment(ref total);
    }

    public IReadOnlyList<ErrorCount> Snapshot() => counts
        .Select(pair => new ErrorCount(pair.Key.Operation, pair.Key.Kind, pair.Value))
        .OrderByDescending(error => error.Count)
        .ThenBy(error => error.Operation, StringComparer.Ordinal)
        .ToList();
}
