using System.Diagnostics;
using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Faults;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Monitoring;
using Mooc.LoadTests.Reporting;
using Mooc.LoadTests.Reporting.Data;
using Mooc.LoadTests.Reporting.Progress;
using Mooc.LoadTests.Scenarios;
using Mooc.LoadTests.Scenarios.UjianMassal;
using Mooc.LoadTests.Scenarios.UjianMassal.Setup;
using Mooc.LoadTests.Verification;

namespace Mooc.LoadTests.Running;

/// <summary>One run end to end: preflight, set-up, load with live progress, event-store check, summary, report files, exit code.</summary>
public static class LoadTestRun
{
    /// <summary>How long users get to wind down after the stop signal before the report is written without them.</summary>
    private static readonly TimeSpan WindDownLimit = TimeSpan.FromSeconds(15);

    public static async Task<int> ExecuteAsync(LoadTestOptions options)
    {
        var frontends = options.Urls.Select(TargetUrls.From).ToList();
        var urls = frontends[0];
        using var http = LoadHttpClient.Create(options.AllowRemote);
        foreach (var frontend in frontends)
        {
            var notReady = await HealthPreflight.CheckAsync(http, frontend.Health);
            if (notReady is not null)
            {
                Console.Error.WriteLine($"error: {notReady}");
                return ExitCodes.TargetNotReady;
            }
        }

        if (!ReportFolder.TryCreate(options.ReportsDirectory, options.Scenario, DateTimeOffset.UtcNow, out var folder, out var folderError))
        {
            Console.Error.WriteLine($"error: {folderError}");
            return ExitCodes.InvalidArguments;
        }

        var exam = options.Scenario == UjianMassalScenario.ScenarioName;
        SetupResult? setup = null;
        if (exam && options.Exam.Setup && (setup = await SetUpAsync(options, urls, http)) is null)
        {
            return ExitCodes.SetupFailed;
        }

        var startedAt = DateTimeOffset.UtcNow;
        var metrics = new RunMetrics(exam);
        var clock = metrics.Clock;
        await using var processes = ProcessMonitor.Start(clock);
        var context = new ScenarioContext(options, urls, http, metrics)
        {
            SignedInBrowsers = setup?.SignedIn ?? new Dictionary<string, LearnerBrowser>(),
            Frontends = frontends,
        };
        var (loadTime, stoppedEarly, windDownNote, faultRuns) = await RunLoadAsync(context, clock);
        var loadEnd = clock.Elapsed.TotalSeconds;
        var usage = await processes.StopAsync();

        ExamVerification? verification = null;
        if (exam)
        {
            Console.WriteLine("Checking every attempt in the event store against what the clients saw acknowledged…");
            verification = await ExamVerifier.RunAsync(metrics, options.Exam.Database, options.Exam.DeadlineTolerance, CancellationToken.None);
        }

        var report = RunReportBuilder.Build(options, startedAt, loadTime, stoppedEarly, windDownNote, metrics) with
        {
            Processes = usage.Usage,
            ProcessSeries = usage.Series,
            Verification = verification,
        };
        report = RunReportBuilder.Complete(report, options, metrics, setup);
        report = FaultReporting.Add(report, faultRuns, metrics, loadEnd);
        SummaryTable.Write(report);
        ReportWriter.Write(report, folder);
        Console.WriteLine($"Report: {folder}");
        return RunExitCode.Of(report);
    }

    private static async Task<SetupResult?> SetUpAsync(LoadTestOptions options, TargetUrls urls, HttpClient http)
    {
        Console.WriteLine($"Set-up: {options.Users} examinees for {options.Course} (Impor Akun, Daftar, materials)…");
        using var stop = new CancellationTokenSource();
        using var ctrlC = new CtrlCHandler(stop);
        try
        {
            var result = await ExamSetup.RunAsync(new ScenarioContext(options, urls, http, new RunMetrics(exam: true)), stop.Token);
            Console.WriteLine($"Set-up done: {result.Summary}");
            return result;
        }
        catch (SetupException failure)
        {
            Console.Error.WriteLine($"error: set-up failed: {failure.Message}");
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("error: set-up stopped by Ctrl+C; no load was sent.");
        }

        return null;
    }

    private static async Task<(TimeSpan LoadTime, bool StoppedEarly, string? Note, IReadOnlyList<FaultRun> Faults)> RunLoadAsync(
        ScenarioContext context, Stopwatch clock)
    {
        var options = context.Options;
        var metrics = context.Metrics;
        using var stop = new CancellationTokenSource(options.Duration);
        using var ctrlC = new CtrlCHandler(stop);
        var loadTime = options.Duration;
        using var onStop = stop.Token.Register(() => loadTime = clock.Elapsed);

        using var stopView = new CancellationTokenSource();
        var sampler = new ProgressSampler(metrics, options, clock);
        var viewTask = ProgressViews.Create().RunAsync(sampler, stopView.Token);
        var gaugeTask = SampleGaugesAsync(metrics, stopView.Token);

        var scenarioTask = ScenarioCatalog.Create(options.Scenario).RunAsync(context, stop.Token);
        var faultsTask = FaultScheduler.RunAsync(options.Exam.Faults, options.Exam.FaultCommand, metrics, stop.Token);
        string? note = null;
        try
        {
            await Task.WhenAny(scenarioTask, Task.Delay(Timeout.Infinite, stop.Token));
            if (scenarioTask.IsCompleted && !stop.IsCancellationRequested)
            {
                // Every user finished before the end (e.g. all exams submitted): rates are over the real load period.
                loadTime = clock.Elapsed;
            }

            await scenarioTask.WaitAsync(WindDownLimit);
        }
        catch (TimeoutException)
        {
            note = $"{metrics.ActiveUsers.Value} users had not stopped {WindDownLimit.TotalSeconds:0} s after the end; the report does not wait for them.";
        }
        finally
        {
            await stopView.CancelAsync();
            await viewTask;
            await gaugeTask;
        }

        // A fault command still running (e.g. restarting PostgreSQL) is waited for; it has its own time limit.
        return (loadTime, ctrlC.Pressed, note, await faultsTask);
    }

    /// <summary>Once a second: errors so far, active and connected users, for the report's timeline.</summary>
    private static async Task SampleGaugesAsync(RunMetrics metrics, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            do
            {
                metrics.Timeline.SampleGauges(metrics.Errors.Total, metrics.ActiveUsers.Value, metrics.ConnectedUsers.Value);
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // The load is over.
        }
    }
}
