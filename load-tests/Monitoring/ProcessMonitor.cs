using System.Diagnostics;

namespace Mooc.LoadTests.Monitoring;

/// <summary>
/// Samples the CPU and resident memory of the silo(s), frontend(s), PostgreSQL and this driver from <c>/proc</c>
/// every interval, in the background, until <see cref="StopAsync"/>. Where there is no <c>/proc</c> (not Linux) it
/// does nothing and reports nothing.
/// </summary>
/// <remarks>
/// CPU is in percent of one core, added up over the processes of a kind. Memory is each process's RSS added up, so
/// memory shared between processes (PostgreSQL's shared buffers) is counted once per process that touched it.
/// </remarks>
public sealed class ProcessMonitor : IAsyncDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    private readonly Stopwatch clock;
    private readonly TimeSpan interval;
    private readonly ProcScanner? scanner;
    private readonly ProcessUsageAggregator aggregator;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly Lazy<Task<ProcessMonitorResult>> stopping;

    private ProcessMonitor(Stopwatch clock, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        this.clock = clock;
        this.interval = interval;
        stopping = new(StopCoreAsync);
        if (!ProcScanner.IsAvailable)
        {
            aggregator = new ProcessUsageAggregator(1);
            loop = Task.CompletedTask;
            return;
        }

        scanner = new ProcScanner(Environment.ProcessId, Environment.SystemPageSize);
        aggregator = new ProcessUsageAggregator(ProcScanner.ReadClockTicksPerSecond());
        loop = Task.Run(() => RunAsync(stop.Token));
    }

    /// <summary>False where there is no <c>/proc</c>: the monitor then returns <see cref="ProcessMonitorResult.Empty"/>.</summary>
    public bool IsSupported => scanner is not null;

    /// <summary>Starts sampling at once (the baseline) and then every <paramref name="interval"/> (default 1 s).</summary>
    /// <param name="clock">The run's clock: a sample's second is counted on it, 0 being the first second.</param>
    public static ProcessMonitor Start(Stopwatch clock, TimeSpan? interval = null) => new(clock, interval ?? DefaultInterval);

    /// <summary>
    /// Stops sampling (taking a last sample if at least half an interval has passed) and returns what was measured.
    /// Later calls return the same result.
    /// </summary>
    public Task<ProcessMonitorResult> StopAsync() => stopping.Value;

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task<ProcessMonitorResult> StopCoreAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        stop.Dispose();
        if (scanner is null)
        {
            return ProcessMonitorResult.Empty;
        }

        if (aggregator.LastAt is { } last && clock.Elapsed - last >= interval / 2)
        {
            Sample(scanner);
        }

        return aggregator.Result();
    }

    private async Task RunAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(interval);
        Sample(scanner!);
        try
        {
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
            {
                Sample(scanner!);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample(ProcScanner from)
    {
        var at = clock.Elapsed;
        try
        {
            aggregator.Add(new ProcessSnapshot(at, from.Scan()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // /proc itself could not be listed this time; the next sample measures over the longer interval.
        }
    }
}
