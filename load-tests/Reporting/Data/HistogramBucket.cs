namespace Mooc.LoadTests.Reporting.Data;

/// <summary>How many acknowledgements took from <see cref="FromMs"/> (inclusive) up to <see cref="ToMs"/> (exclusive).</summary>
public sealed record HistogramBucket(double FromMs, double ToMs, long Count);
