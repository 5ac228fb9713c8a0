using Microsoft.Extensions.Options;

namespace Mooc.Silo.Accounts;

/// <summary>
/// Password hashing (PBKDF2, tens of milliseconds of a core each) is the costliest thing a sign-in does, and at the
/// start of a mass exam thousands arrive at once. Unbounded, they take every core and every scheduler thread, and
/// the answers of examinees already in their exam wait behind them (seen in the load test: 30-second timeouts for
/// everyone). So at most <see cref="Concurrency"/> hashes run at once, on the thread pool, outside any grain turn's
/// thread; the others wait their turn without holding a thread; and a sign-in whose estimated wait exceeds the
/// configured limit is refused at once, so the page can ask the user to try again in a few seconds.
/// </summary>
public sealed class PasswordWorkQueue
{
    private readonly SemaphoreSlim _gate;
    private readonly TimeSpan _maxWait;
    private int _waiting;
    private long _averageTicks = TimeSpan.FromMilliseconds(50).Ticks;

    public PasswordWorkQueue(IOptions<AccountOptions> options)
    {
        var o = options.Value;
        Concurrency = o.PasswordHashConcurrency > 0 ? o.PasswordHashConcurrency : Math.Max(1, Environment.ProcessorCount / 2);
        _maxWait = TimeSpan.FromSeconds(Math.Max(0, o.SignInQueueSeconds));
        _gate = new SemaphoreSlim(Concurrency, Concurrency);
    }

    public int Concurrency { get; }

    /// <summary>Password checks waiting or running now.</summary>
    public int Pending => Volatile.Read(ref _waiting);

    /// <summary>The wait a check arriving now would have, from the checks ahead of it and the recent cost of one.</summary>
    public TimeSpan EstimatedWait => TimeSpan.FromTicks(Math.Max(0, Pending - Concurrency + 1) * Interlocked.Read(ref _averageTicks) / Concurrency);

    /// <summary>
    /// What a refused sign-in is told to wait: the queue's present wait, at least 5 s and at most a minute, so the
    /// retries of a crowd come back in waves the queue can take instead of all at once.
    /// </summary>
    public TimeSpan RetryAfter => TimeSpan.FromSeconds(Math.Clamp(Math.Ceiling(EstimatedWait.TotalSeconds), 5, 60));

    /// <summary>Runs <paramref name="work"/> in its turn; a refusable call whose wait would be too long is not run (false).</summary>
    public async Task<(bool Ran, T Result)> RunAsync<T>(Func<T> work, bool refusable)
    {
        if (refusable && EstimatedWait > _maxWait)
        {
            return (false, default!);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _gate.WaitAsync();
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var result = await Task.Run(work);
                Learn(System.Diagnostics.Stopwatch.GetElapsedTime(started));
                return (true, result);
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>A moving average of the cost of one check (machines and iteration counts differ).</summary>
    private void Learn(TimeSpan took)
    {
        var previous = Interlocked.Read(ref _averageTicks);
        Interlocked.Exchange(ref _averageTicks, ((previous * 7) + took.Ticks) / 8);
    }
}
