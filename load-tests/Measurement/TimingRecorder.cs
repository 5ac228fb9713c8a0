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
