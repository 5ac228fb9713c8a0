using System.Diagnostics;
using Mooc.LoadTests.Monitoring;

namespace Mooc.UnitTests.LoadTests;

/// <summary>The monitor against the real <c>/proc</c>: this test process is the "load driver" it must see.</summary>
public sealed class ProcessMonitorTests
{
    [Fact]
    public async Task OwnProcessBurningOneThread_ShouldShowAsTheLoadDriverWithCpuAndMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var stopBurning = new CancellationTokenSource();
        var burner = Task.Factory.StartNew(() => Burn(stopBurning.Token), TaskCreationOptions.LongRunning);
        await using var monitor = ProcessMonitor.Start(Stopwatch.StartNew(), TimeSpan.FromMilliseconds(250));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var result = await monitor.StopAsync();
        await stopBurning.CancelAsync();
        await burner;

        var driver = Assert.Single(result.Usage, u => u.Name == ProcessKinds.LoadDriver);
        Assert.Equal(1, driver.Processes);
        Assert.True(driver.CpuAvgPercent > 20, $"load driver CPU {driver.CpuAvgPercent} %");
        Assert.True(driver.RssMaxMiB > 10, $"load driver RSS {driver.RssMaxMiB} MiB");
        Assert.Contains(result.Series, s => s.Name == ProcessKinds.LoadDriver);
        Assert.Same(result, await monitor.StopAsync());
    }

    [Fact]
    public async Task MonitorStoppedAtOnce_ShouldStopPromptlyWithoutThrowing()
    {
        var clock = Stopwatch.StartNew();
        await using var monitor = ProcessMonitor.Start(clock, TimeSpan.FromSeconds(30));

        var result = await monitor.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(result.Series);
    }

    private static void Burn(CancellationToken stop)
    {
        var x = 1.0;
        while (!stop.IsCancellationRequested)
        {
            for (var i = 0; i < 100_000; i++)
            {
                x = Math.Sqrt(x + i);
            }
        }

        GC.KeepAlive(x);
    }
}
