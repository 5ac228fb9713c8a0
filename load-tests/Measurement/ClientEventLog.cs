using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mooc.LoadTests.Measurement;

/// <summary>
/// Every examinee's failures and successes with their times on the run's clock, so that after a fault the report can
/// tell which clients it hit, when each was answered again, and how long an answer waited.
/// </summary>
public sealed class ClientEventLog(Stopwatch clock)
{
    private readonly ConcurrentQueue<ClientEvent> events = new();

    public void Failure(string username) => events.Enqueue(new ClientEvent(username, clock.Elapsed.TotalSeconds, ClientEventKind.Failure));

    public void Success(string username, TimeSpan? ackWait = null) =>
        events.Enqueue(new ClientEvent(username, clock.Elapsed.TotalSeconds, ClientEventKind.Success, ackWait?.TotalSeconds));

    public IReadOnlyList<ClientEvent> Snapshot() => [.. events.OrderBy(e => e.AtSeconds)];
}
