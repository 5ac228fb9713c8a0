using System.Collections.Concurrent;

namespace Mooc.LoadTests.Measurement;

/// <summary>Counts named outcomes (e.g. acknowledgement statuses) safely across users.</summary>
public sealed class Tally
{
    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Record(string name) => counts.AddOrUpdate(name, 1, static (_, count) => count + 1);

    public IReadOnlyList<TallyCount> Snapshot(string group) => counts
        .Select(pair => new TallyCount(group, pair.Key, pair.Value))
        .OrderBy(count => count.Name, StringComparer.Ordinal)
        .ToList();
}
