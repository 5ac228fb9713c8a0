using System.Collections.Concurrent;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// Watches the Orleans membership table during a fault run (every 100 ms) and remembers when each silo was first seen
/// declared dead, so a test can measure the cluster's failure detection instead of assuming it.
/// </summary>
public sealed class MembershipWatch : IDisposable
{
    private const int Dead = 6;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _declaredDead = new();
    private readonly HashSet<string> _deadAtStart = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;

    public MembershipWatch(TestDatabase database)
    {
        _polling = Task.Run(() => PollAsync(database, _stop.Token));
    }

    /// <summary>The time from <paramref name="fault"/> to the first silo declared dead after it; null when none was.</summary>
    public TimeSpan? DeclaredDeadAfter(DateTimeOffset fault)
    {
        var after = _declaredDead.Values.Where(t => t >= fault).Order().ToList();
        return after.Count == 0 ? null : after[0] - fault;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _polling.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled.
        }

        _stop.Dispose();
    }

    private async Task PollAsync(TestDatabase database, CancellationToken stop)
    {
        var first = true;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(stop);
                await using var command = new Npgsql.NpgsqlCommand(
                    "select address || ':' || port || '@' || generation from orleans.orleansmembershiptable where deploymentid = @cluster and status = @dead",
                    connection);
                command.Parameters.AddWithValue("cluster", database.Name);
                command.Parameters.AddWithValue("dead", Dead);
                await using var reader = await command.ExecuteReaderAsync(stop);
                var now = DateTimeOffset.UtcNow;
                while (await reader.ReadAsync(stop))
                {
                    var silo = reader.GetString(0);
                    if (first)
                    {
                        _deadAtStart.Add(silo);
                    }
                    else if (!_deadAtStart.Contains(silo))
                    {
                        _declaredDead.TryAdd(silo, now);
                    }
                }

                first = false;
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                // PostgreSQL restarted by a fault: try again on the next round.
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
