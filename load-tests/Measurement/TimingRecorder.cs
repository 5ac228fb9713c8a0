using HdrHistogram;

namespace Mooc.LoadTests.Measurement;

/// <summary>
/// A thread-safe histogram of durations in microseconds. Many virtual users record concurrently; a reader
/// periodically drains the HdrHistogram <see cref="Recorder"/> into a running total, so reads never block writers.
/// </summary>
public sealed class TimingRecorder(string name)
{
    /// <summary>Ten minutes; anything slower is clamped rather than thrown away, so it still shows as the max.</summary>
    private const long HighestMicros = 600_000_000;

    private const int SignificantDigits = 3;

    private readonly Recorder recorder = HistogramFactory.With64BitBucketSize()
        .WithValuesFrom(1)
        .WithValuesUpTo(HighestMicros)
        .WithPrecisionOf(SignificantDigits)
        .WithThreadSafeWrites()
        .WithThreadSafeReads()
        .Create();

    private readonly LongHistogram total = new(HighestMicros, SignificantDigits);
    private readonly Lock gate = new();
    private HistogramBase? recycled;

    public string Name { get; } = name;

    public void Record(TimeSpan elapsed) => RecordMicros((long)elapsed.TotalMicroseconds);

    public void RecordMicros(long micros) => recorder.RecordValue(Math.Clamp(micros, 0, HighestMicros));

    /// <summary>Counts per latency bucket; the bounds (ms) are log-spaced, the last bucket open-ended.</summary>
    public IReadOnlyList<Reporting.Data.HistogramBucket> Buckets(IReadOnlyList<double> boundsMs)
    {
        lock (gate)
        {
            recycled = recorder.GetIntervalHistogram(recycled);
            total.Add(recycled);
            var counts = new long[boundsMs.Count];
            foreach (var value in total.RecordedValues())
            {
                var ms = value.ValueIteratedTo / 1000.0;
                var index = 0;
                while (index < boundsMs.Count - 1 && ms >= boundsMs[index + 1])
                {
                    index++;
                }

                counts[index] += value.CountAtValueIteratedTo;
            }

            return [.. boundsMs.Select((from, i) => new Reporting.Data.HistogramBucket(from, i + 1 < boundsMs.Count ? boundsMs[i + 1] : double.PositiveInfinity, counts[i]))];
        }
    }

    /// <summary>Everything recorded since the run began.</summary>
    public PercentileSummary Summarize()
    {
        lock (gate)
        {
            recycled = recorder.GetIntervalHistogram(recycled);
            total.Add(recycled);
            return PercentileSummary.From(total);
        }
    }
}
