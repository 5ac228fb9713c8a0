using System.Diagnostics;
using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Reporting.Progress;

/// <summary>Reads the metrics for the progress display; only one view samples, so it owns the last-sample state.</summary>
public sealed class ProgressSampler(RunMetrics metrics, LoadTestOptions options, Stopwatch clock)
{
    private long lastRequests;
    private TimeSpan lastElapsed;

    public ProgressSnapshot Sample()
    {
        var elapsed = clock.Elapsed;
        var requests = metrics.Requests;
        var interval = (elapsed - lastElapsed).TotalSeconds;
        var rate = interval > 0 ? (requests - lastRequests) / interval : 0;
        lastRequests = requests;
        lastElapsed = elapsed;
        return new ProgressSnapshot(
            elapsed,
            options.Duration,
            metrics.ActiveUsers.Value,
            options.Users,
            rate,
            requests,
            metrics.Errors.Total,
            [.. metrics.Timings.Select(timing => new MeasureReport(timing.Name, timing.Summarize()))]);
    }
}
