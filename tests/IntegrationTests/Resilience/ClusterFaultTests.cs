using System.Globalization;
using System.Text.Json;
using Mooc.Grains.Abstractions.Operations;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;
using Xunit.Abstractions;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// Issue #10's fault runs: three silos, two frontends, the test PostgreSQL and 200 examinees from the load driver (half
/// on each frontend) sitting a one-minute exam, a fifth of them leaving it to the server's deadline. Mid-exam the driver
/// runs one fault through <c>./mooc fault</c>. Each run must lose no acknowledged answer, store none twice, submit every
/// deadline within the membership's detection window plus 2 s, and see every affected examinee resume by themself;
/// the driver's report holds the time to recovery, which these tests print.
/// </summary>
[TestCaseOrderer(FaultOrder.TypeName, FaultOrder.AssemblyName)]
public sealed class ClusterFaultTests(FaultCluster cluster, ITestOutputHelper output) : IClassFixture<FaultCluster>
{
    private const int Examinees = 200;

    /// <summary>
    /// Orleans' default failure detection: a silo is declared dead after 3 missed probes of 5 s (ClusterMembershipOptions);
    /// the bound for faults that kill no silo. Where a silo dies, the test measures the detection itself.
    /// </summary>
    private static readonly TimeSpan ConfiguredDetectionWindow = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SiloRunningTheProjectionsKilledMidExam_ShouldLoseNothingAndEveryClientResume()
    {
        await cluster.HealAsync();
        var (daemonSilo, holders) = await cluster.DaemonSiloAsync();
        Assert.Equal(1, holders);
        Assert.NotNull(daemonSilo);

        using var watch = new MembershipWatch(cluster.Product.Database);
        var report = await RunAsync(FaultCluster.Courses[0], $"kill-silo {daemonSilo![5..]}@45");
        var detected = watch.DeclaredDeadAfter(report.FaultStartedAt);
        output.WriteLine($"silo {daemonSilo} declared dead {detected?.TotalSeconds:0.0} s after the kill");
        Assert.NotNull(detected);
        AssertRun(report, detected!.Value);

        // The daemon moved: exactly one of the surviving silos holds its lock, and the read models caught up.
        var (after, holdersAfter) = await cluster.DaemonSiloAsync();
        Assert.Equal(1, holdersAfter);
        Assert.NotEqual(daemonSilo, after);
    }

    /// <summary>
    /// Through the load balancer an installation would run (the shipped nginx configuration; the examinees' hub
    /// connections spread over both frontends by nginx's per-browser key): the killed frontend's examinees reconnect
    /// through nginx to the other one, with the cookies they signed in with.
    /// </summary>
    [Fact]
    public async Task FrontendKilledMidExamBehindNginx_ShouldLoseNothingAndEveryClientResumeOnTheOther()
    {
        await cluster.HealAsync();
        var balancer = await cluster.BalancerAsync();
        var report = await RunAsync(FaultCluster.Courses[1], "kill-frontend 1@35", [balancer.Url]);
        AssertRun(report, ConfiguredDetectionWindow);
        Assert.True(report.AffectedClients >= Examinees / 4, $"the examinees on the killed frontend were affected ({report.AffectedClients})");
        Assert.True(report.AffectedClients <= Examinees * 3 / 4, $"nginx spread the examinees over both frontends ({report.AffectedClients} affected)");
    }

    [Fact]
    public async Task PostgreSqlRestartedMidExam_ShouldLoseNothingAndEveryClientResume()
    {
        Assert.True(File.Exists(Path.Combine(cluster.RunDirectory.FullName, "postgres.env")),
            "the test PostgreSQL was started by ./mooc test (MOOC_TEST_POSTGRES_ENV), so the test can restart it");
        await cluster.HealAsync();
        var report = await RunAsync(FaultCluster.Courses[2], "restart-postgres --down 2@35");
        AssertRun(report, ConfiguredDetectionWindow);

        // Every read model, not only Riwayat Ujian, follows the log again: no projection agent was left stopped.
        var status = await Eventually.GetAsync(() => cluster.Grains.GetGrain<IProjectionStatusGrain>(0).GetStatusAsync(),
            s => s.LagEvents == 0, TimeSpan.FromSeconds(60), "every projection caught up after the restart");
        output.WriteLine($"projections caught up at event {status.HighestEventSequence}");

        // ...and all of them on one silo again: the restart freed the daemon's lock, and one silo took it back whole.
        var (daemonSilo, holders) = await Eventually.GetAsync(cluster.DaemonSiloAsync, d => d.Holders > 0, TimeSpan.FromSeconds(15), "a silo holding the daemon");
        Assert.Equal(1, holders);
        output.WriteLine($"the daemon runs on {daemonSilo}");
    }

    private void AssertRun(FaultRunReport report, TimeSpan detectionWindow)
    {
        output.WriteLine(report.Summary());
        Assert.Equal(0, report.FaultExitCode);
        Assert.Equal(Examinees, report.Attempts);
        Assert.Equal(0, report.Lost);
        Assert.Equal(0, report.Duplicates);
        Assert.Equal(0, report.FinalAnswerMismatches);
        Assert.True(report.AcknowledgedAnswers >= Examinees * 5, "every examinee answered at least half the exam");
        Assert.True(report.DeadlineSubmissions >= Examinees / 5, $"the abandoning fifth was submitted by the server ({report.DeadlineSubmissions})");
        Assert.True(report.MaxDeadlineDelay <= detectionWindow + TimeSpan.FromSeconds(2),
            $"latest deadline submission {report.MaxDeadlineDelay.TotalSeconds:0.00} s after its deadline; allowed {detectionWindow.TotalSeconds + 2:0.0} s");
        Assert.True(report.AffectedClients > 0, "the fault reached some examinees");
        Assert.Equal(report.AffectedClients, report.ResumedClients);
        Assert.Empty(report.NotResumed);
        Assert.Equal(Examinees, report.SubmittedAttempts);
        Assert.Equal(0, report.ErrorsOutsideFaults);
        Assert.True(report.HistoryRowsComplete, "every graded attempt projected into Riwayat Ujian");
        Assert.Equal(0, report.DriverExitCode);
    }

    /// <param name="through">Where the examinees go: by default both frontends, the driver playing the load balancer.</param>
    private async Task<FaultRunReport> RunAsync(string course, string fault, IReadOnlyList<Uri>? through = null)
    {
        var reports = Directory.CreateTempSubdirectory("mooc-fault-");
        try
        {
            var urls = (through ?? cluster.FrontendUrls).SelectMany(u => new[] { "--url", u.ToString() });
            var driver = ProductProcess.Start("load driver", RepoPaths.LoadDriverDll,
                new Dictionary<string, string> { ["MOOC_RUN_DIR"] = cluster.RunDirectory.FullName },
                [
                    "ujian-massal", .. urls, "--users", Examinees.ToString(CultureInfo.InvariantCulture), "--duration", "110",
                    "--shape", "ramp", "--ramp", "10", "--think-ms", "4500", "--captcha", ProductStack.CaptchaCode, "--course", course,
                    "--setup", "--drop-share", "0", "--abandon-share", "0.2", "--fault", fault,
                    "--fault-command", $"bash {Path.Combine(RepoPaths.Root, "mooc")} fault", "--deadline-tolerance-seconds", "60",
                    "--database", cluster.Product.Database.ConnectionString, "--reports", reports.FullName,
                ]);
            var exitCode = await driver.WaitForExitAsync(TimeSpan.FromMinutes(8));
            output.WriteLine(driver.Output);
            var file = Directory.GetFiles(reports.FullName, "report.json", SearchOption.AllDirectories).Single();
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            return FaultRunReport.Read(json.RootElement, exitCode);
        }
        catch
        {
            output.WriteLine(cluster.Logs());
            throw;
        }
        finally
        {
            reports.Delete(recursive: true);
        }
    }
}
