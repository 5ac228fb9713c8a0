using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Measurement;

/// <summary>
/// Per-second buckets for the report's charts: acknowledged answers and their latency (a small histogram per
/// second), and gauges (errors so far, active and connected users) sampled once a second.
/// </summary>
public sealed class TimelineRecorder(Stopwatch clock)
{
    private const long HighestMicros = 600_000_000;

    public TimelineRecorder()
        : this(Stopwatch.StartNew())
    {
    }

    private readonly ConcurrentDictionary<int, SecondBucket> seconds = new();
    private readonly ConcurrentDictionary<int, (long Errors, long Active, long Connected)> gauges = new();

    private int Now => (int)clock.Elapsed.TotalSeconds;

    public void RecordAck(TimeSpan latency)
    {
        var bucket = seconds.GetOrAdd(Now, _ => new SecondBucket());
        lock (bucket)
        {
            bucket.Histogram.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicros));
        }
    }

    public void SampleGauges(long errorsSoFar, long activeUsers, long connectedUsers) =>
        gauges[Now] = (errorsSoFar, activeUsers, connectedUsers);

    public IReadOnlyList<TimelinePoint> Points()
    {
        var last = Math.Max(seconds.Keys.DefaultIfEmpty(-1).Max(), gauges.Keys.DefaultIfEmpty(-1).Max());
        var points = new List<TimelinePoint>(last + 1);
        long previousErrors = 0;
        (long Errors, long Active, long Connected) gauge = default;
        for (var second = 0; second <= last; second++)
        {
            gauge = gauges.TryGetValue(second, out var g) ? g : gauge;
            var summary = PercentileSummary.Empty;
            if (seconds.TryGetValue(second, out var bucket))
            {
                lock (bucket)
                {
                    summary = PercentileSummary.From(bucket.Histogram);
                }
            }

            points.Add(new TimelinePoint(second, summary.Count, summary.P50Ms, summary.P99Ms, summary.MaxMs,
                Math.Max(0, gauge.Errors - previousErrors), gauge.Active, gauge.Connected));
            previousErrors = Math.Max(previousErrors, gauge.Errors);
        }

        return points;
    }

    private sealed class SecondBucket
    {
        public LongHistogram Histogram { get; } = new(HighestMicros, 2);
    }
}
