using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>CPU and resident memory per process kind over the run, one line per kind.</summary>
public static class ProcessCharts
{
    public const string CpuTitle = "CPU per process";
    public const string MemoryTitle = "Memory per process";

    public static string? Cpu(IReadOnlyList<ProcessSample> samples) => samples.Count == 0 ? null : new LineChart
    {
        Title = CpuTitle,
        Description = $"CPU in percent of one core per second for {Kinds(samples).Count} process kinds.",
        LeftTitle = "CPU (% of one core)",
        LeftUnit = "%",
        Series = Lines(samples, s => s.CpuPercent, Aggregate.Mean),
    }.Render();

    public static string? Memory(IReadOnlyList<ProcessSample> samples) => samples.Count == 0 ? null : new LineChart
    {
        Title = MemoryTitle,
        Description = $"Resident memory in MiB per second for {Kinds(samples).Count} process kinds.",
        LeftTitle = "Resident memory (MiB)",
        LeftUnit = "MiB",
        Series = Lines(samples, s => s.RssMiB, Aggregate.Max),
    }.Render();

    private static List<string> Kinds(IReadOnlyList<ProcessSample> samples) => [.. samples.Select(s => s.Name).Distinct(StringComparer.Ordinal)];

    private static List<ChartSeries> Lines(IReadOnlyList<ProcessSample> samples, Func<ProcessSample, double> value, Aggregate aggregate) =>
    [
        .. Kinds(samples).Select((name, i) => new ChartSeries(
            name,
            Palette.At(i),
            Downsampler.Reduce(samples.Where(s => s.Name == name).OrderBy(s => s.Second).Select(s => new ChartPoint(s.Second, value(s))), aggregate))),
    ];
}
