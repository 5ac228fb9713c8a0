using Mooc.LoadTests.Monitoring;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.UnitTests.LoadTests;

public sealed class ProcessUsageAggregatorTests
{
    private const double Hz = 100;
    private const long MiB = 1024 * 1024;

    [Fact]
    public void FiftyTicksOverOneSecondAtHundredHertz_ShouldBeFiftyPercent()
    {
        var aggregator = new ProcessUsageAggregator(Hz);

        Assert.Empty(aggregator.Add(At(0, Silo(7, 1000, 100 * MiB))));
        var samples = aggregator.Add(At(1, Silo(7, 1050, 100 * MiB)));

        Assert.Equal(new ProcessSample(0, ProcessKinds.Silo, 50, 100), Assert.Single(samples));
    }

    [Fact]
    public void SeveralPidsOfOneKind_ShouldBeAddedUp()
    {
        var aggregator = new ProcessUsageAggregator(Hz);
        aggregator.Add(At(0, Postgres(10, 0, 20 * MiB), Postgres(11, 0, 30 * MiB), Silo(7, 0, 100 * MiB)));

        var samples = aggregator.Add(At(2, Postgres(10, 40, 20 * MiB), Postgres(11, 160, 30 * MiB), Silo(7, 100, 100 * MiB)));

        Assert.Equal(
            [new ProcessSample(1, ProcessKinds.Silo, 50, 100), new ProcessSample(1, ProcessKinds.PostgreSql, 100, 50)],
            samples);
    }

    [Fact]
    public void NewAndVanishedPids_ShouldAddMemoryAtOnceAndCpuFromTheirNextSample()
    {
        var aggregator = new ProcessUsageAggregator(Hz);
        aggregator.Add(At(0, Postgres(10, 0, 10 * MiB), Postgres(11, 0, 10 * MiB)));

        // 11 ended; 12 is new (its 500 ticks were before we saw it); 10 used 30 ticks.
        var sample = Assert.Single(aggregator.Add(At(1, Postgres(10, 30, 10 * MiB), Postgres(12, 500, 5 * MiB))));

        Assert.Equal(new ProcessSample(0, ProcessKinds.PostgreSql, 30, 15), sample);
    }

    [Fact]
    public void ReusedPid_ShouldCountAsANewProcess()
    {
        var aggregator = new ProcessUsageAggregator(Hz);
        aggregator.Add(At(0, new ProcessReading(10, 1, ProcessKinds.PostgreSql, 0, MiB)));

        var sample = Assert.Single(aggregator.Add(At(1, new ProcessReading(10, 2, ProcessKinds.PostgreSql, 900, MiB))));

        Assert.Equal(0, sample.CpuPercent);
    }

    [Fact]
    public void Usage_ShouldAverageAndPeakOverTheSamplesAndCountTheMostProcesses()
    {
        var aggregator = new ProcessUsageAggregator(Hz);
        aggregator.Add(At(0, Postgres(10, 0, 10 * MiB)));
        aggregator.Add(At(1, Postgres(10, 20, 10 * MiB), Postgres(11, 0, 30 * MiB)));
        aggregator.Add(At(2, Postgres(10, 40, 20 * MiB), Postgres(11, 60, 30 * MiB)));

        var result = aggregator.Result();

        Assert.Equal(new ProcessUsage(ProcessKinds.PostgreSql, 2, 50, 80, 45, 50), Assert.Single(result.Usage));
        Assert.Equal([0, 1], result.Series.Select(s => s.Second));
    }

    private static ProcessSnapshot At(double seconds, params ProcessReading[] processes) =>
        new(TimeSpan.FromSeconds(seconds), processes);

    private static ProcessReading Silo(int pid, long ticks, long rss) => new(pid, pid, ProcessKinds.Silo, ticks, rss);

    private static ProcessReading Postgres(int pid, long ticks, long rss) => new(pid, pid, ProcessKinds.PostgreSql, ticks, rss);
}
