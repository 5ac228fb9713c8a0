using System.Diagnostics;
using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting;
using Mooc.LoadTests.Reporting.Progress;
using Mooc.LoadTests.Scenarios;
using Mooc.LoadTests.Scenarios.UjianMassal;

namespace Mooc.LoadTests.Running;

/// <summary>One run end to end: preflight, load with live progress, summary, report files, exit code.</summary>
public static class LoadTestRun
{
    /// <summary>How long users get to wind down after the stop signal before the report is written without them.</summary>
    private static readonly TimeSpan WindDownLimit = TimeSpan.FromSeconds(15);

    public static async Task<int> ExecuteAsync(LoadTestOptions options)
    {
        var urls = TargetUrls.From(options.BaseUrl);
        using var http = LoadHttpClient.Create(options.AllowRemote);
        var notReady = await HealthPreflight.CheckAsync(http, urls.Health);
        if (notReady is not null)
        {
            Console.Error.WriteLine($"error: {notReady}");
            return ExitCodes.TargetNotReady;
        }

        var startedAt = DateTimeOffset.UtcNow;
        if (!ReportFolder.TryCreate(options.ReportsDirectory, options.Scenario, startedAt, out var folder, out var folderError))
        {
            Console.Error.WriteLine($"error: {folderError}");
            return ExitCodes.InvalidArguments;
        }

        var metrics = new RunMetrics(options.Scenario == UjianMassalScenario.ScenarioName);
        var (loadTime, stoppedEarly, windDownNote) = await RunLoadAsync(options, urls, http, metrics);

        var report = RunReportBuilder.Build(options, startedAt, loadTime, stoppedEarly, windDownNote, metrics);
        SummaryTable.Write(report);
        ReportWriter.Write(report, folder);
        Console.WriteLine($"Report: {folder}");
        return report.Totals.Errors == 0 ? ExitCodes.Ok : ExitCodes.RequestsFailed;
    }

    private static async Task<(TimeSpan LoadTime, bool StoppedEarly, string? Note)> RunLoadAsync(
        LoadTestOptions options, TargetUrls urls, HttpClient http, RunMetrics metrics)
    {
        using var stop = new CancellationTokenSource(options.Duration);
        using var ctrlC = new CtrlCHandler(stop);
        var clock = Stopwatch.StartNew();
        var loadTime = options.Duration;
        using var onStop = stop.Token.Register(() => loadTime = clock.Elapsed);

        using var stopView = new CancellationTokenSource();
        var sampler = new ProgressSampler(metrics, options, clock);
        var viewTask = ProgressViews.Create().RunAsync(sampler, stopView.Token);

        var scenarioTask = ScenarioCatalog.Create(options.Scenario).RunAsync(new ScenarioContext(options, urls, http, metrics), stop.Token);
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
        }

        return (loadTime, ctrlC.Pressed, note);
    }
}
