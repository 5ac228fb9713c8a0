using System.Collections.Concurrent;

namespace Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

/// <summary>Every attempt the run's clients took part in, by attempt id.</summary>
public sealed class ExamLedger
{
    private readonly ConcurrentDictionary<Guid, AttemptLedger> attempts = new();

    public AttemptLedger For(string username, Guid attemptId) => attempts.GetOrAdd(attemptId, id => new AttemptLedger(username, id));

    public IReadOnlyCollection<AttemptLedger> Attempts => [.. attempts.Values];
}
