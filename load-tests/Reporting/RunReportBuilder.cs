using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Reporting;

/// <summary>Freezes the metrics of a finished run into a <see cref="RunReport"/>.</summary>
public static class RunReportBuilder
{
    public static RunReport Build(LoadTestOptions options, DateTimeOffset startedAt, TimeSpan loadTime, bool stoppedEarly, string? windDownNote, RunMetrics metrics)
    {
        var seconds = Math.Max(loadTime.TotalSeconds, 0.001);
        var totals = new RunTotals(
            Math.Round(loadTime.TotalSeconds, 3),
            metrics.HttpRequests.Value,
            metrics.HubInvocations.Value,
            metrics.HubConnects.Value,
            metrics.Requests,
            Rate(metrics.Requests, seconds),
            Rate(metrics.HttpRequests.Value, seconds),
            Rate(metrics.HubInvocations.Value, seconds),
            metrics.Errors.Total,
            metrics.Answers.Value,
            Rate(metrics.Answers.Value, seconds));

        var notes = metrics.Exam ? ExamNotes(options) : new List<string>
        {
            "Requests = HTTP requests + hub invocations, successful or not; rates are over the load period including the ramp.",
            "Latencies count successful operations only. GET / is timed to the last byte of the body; "
                + "Hub connect is SignalR StartAsync on /hubs/clock (negotiate, WebSocket, handshake); Hub invoke is the GetServerTime round trip.",
            "Clock drift = |server time − (local send time + round trip / 2)|; the server reports whole milliseconds, so up to 1 ms is truncation.",
            "The driver shares the machine with the system under test.",
        };
        if (stoppedEarly)
        {
            notes.Add("Stopped early by Ctrl+C.");
        }

        if (windDownNote is not null)
        {
            notes.Add(windDownNote);
        }

        return new RunReport(
            options.Scenario,
            startedAt,
            stoppedEarly,
            new RunSettings(
                options.BaseUrl.ToString(),
                options.Users,
                (int)options.Duration.TotalSeconds,
                options.Shape.ToString().ToLowerInvariant(),
                (int)options.Ramp.TotalSeconds,
                (int)options.ThinkTime.TotalMilliseconds,
                options.AllowRemote),
            MachineInfo.Capture(),
            totals,
            [.. metrics.Timings.Select(timing => new MeasureReport(timing.Name, timing.Summarize()))],
            metrics.Errors.Snapshot(),
            notes,
            metrics.Counts);
    }

    private static List<string> ExamNotes(LoadTestOptions options) =>
    [
        $"Course {options.Course}; accounts from {options.AccountsFile}; think time per answer is --think-ms ± 50 %.",
        "Requests = HTTP requests + hub invocations, successful or not; rates are over the load period including the ramp.",
        "Sign-in = GET /Login + POST /Login until the 302 to /Dashboard. Hub connect = SignalR StartAsync on /hubs/ujian with the user's cookies. "
            + "Answer ack = invoke SelectAnswer → acknowledgement. Submit = invoke Submit → state with result.",
        "Remaining drift = |remainingMs of each \"tick\" − (remainingMs at Join − time since Join was received)| on a Stopwatch; "
            + "it includes the push's one-way delay and the server's whole-millisecond rounding.",
        "Answers/s counts acknowledged SelectAnswer invocations (any status). Latencies count successful operations only.",
        "The driver shares the machine with the system under test.",
    ];

    private static double Rate(long count, double seconds) => Math.Round(count / seconds, 1);
}
