using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Reporting;

/// <summary>One measure's percentiles, all in milliseconds.</summary>
public sealed record MeasureReport(string Name, PercentileSummary Summary);
