using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Scenarios.UjianMassal.Setup;

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
            Rate(metrics.Answers.Value, seconds)) { ErrorsOutsideFaults = metrics.Errors.Total };

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
                options.AllowRemote)
            {
                Urls = [.. options.Urls.Select(u => u.ToString())],
                Label = options.Label,
                ResendLimitSeconds = (int)options.Exam.ResendLimit.TotalSeconds,
            },
            MachineInfo.Capture(),
            totals,
            [.. metrics.Timings.Select(timing => new MeasureReport(timing.Name, timing.Summarize()))],
            metrics.Errors.Snapshot(),
            notes,
            metrics.Counts);
    }

    /// <summary>Adds what only a finished exam run has: the timeline, the latency histogram, the budgets and the set-up.</summary>
    public static RunReport Complete(RunReport report, LoadTestOptions options, RunMetrics metrics, SetupResult? setup)
    {
        if (!metrics.Exam)
        {
            return report;
        }

        var notes = report.Notes.ToList();
        notes.Insert(0, $"Behaviour: {options.Exam.DropShare:P0} of the examinees drop their connection once a third of the way through and restore it after "
            + $"{options.Exam.DropFor.TotalSeconds:0} s; {options.Exam.AbandonShare:P0} stop answering half-way and leave the attempt to the server's deadline. "
            + $"Start window: {options.Shape.ToString().ToLowerInvariant()} over {options.Ramp.TotalSeconds:0} s.");
        if (setup is not null)
        {
            notes.Insert(1, $"Set-up before the load (not measured in it): {setup.Summary}");
        }

        var complete = report with
        {
            // The post-run measures were recorded by the event-store check, after the first summary.
            Measures = [.. metrics.Timings.Select(timing => new MeasureReport(timing.Name, timing.Summarize()))],
            Totals = report.Totals with { Errors = metrics.Errors.Total, ErrorsOutsideFaults = metrics.Errors.Total },
            Errors = metrics.Errors.Snapshot(),
            Timeline = metrics.Timeline.Points(),
            AckHistogram = metrics.AnswerAck.Buckets(HistogramBoundsMs),
            Notes = notes,
        };
        return complete with { Budgets = BudgetChecks.Evaluate(complete) };
    }

    private static readonly double[] HistogramBoundsMs = [0, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];

    private static List<string> ExamNotes(LoadTestOptions options) =>
    [
        $"Course {options.Course}; accounts {(options.AccountsFile is null ? "generated (see --make-accounts)" : "from " + options.AccountsFile)}; think time per answer is --think-ms ± 50 %.",
        "Requests = HTTP requests + hub invocations, successful or not; rates are over the load period including the ramp.",
        "Sign-in = GET /Login + POST /Login until the 302 to /Dashboard. Hub connect = SignalR StartAsync on /hubs/ujian with the user's cookies. "
            + "Mulai Ujian = GET of the exam tab + POST until the 302 to the attempt. Join, Navigate (\"Selanjutnya\" or a question number) and "
            + "Answer ack (SelectAnswer) are hub invocations until the reply; Submit = \"Selesai\" until the state with the result. "
            + "Answer ack is also split by whether any examinee was signing in at that moment (password hashing shares the cores).",
        "Remaining drift = |remainingMs of each \"tick\" − (remainingMs at Join − time since Join was received)| on a Stopwatch; "
            + "it includes the push's one-way delay and the server's whole-millisecond rounding.",
        "After the run, from the event store (driver and product share this machine's clock): Shown deadline drift = |tick arrival + remainingMs − the "
            + "attempt's stored deadline|; Deadline submit = the server's ExamSubmitted commit − the deadline; Deadline push = the deadline → the \"submitted\" "
            + "push reaching the page; Projection lag = ExamGraded commit → its exam-history row (Riwayat Ujian) written by the projection daemon.",
        "Lost = answers acknowledged Saved or Duplicate with no AnswerSelected event of their sequence (or a different question/option under it); "
            + "duplicates = AnswerSelected events beyond the first for one attempt and sequence; final-answer mismatches = questions whose stored answer "
            + "is not the last one the client saw saved.",
        "Answers/s counts acknowledged SelectAnswer invocations (any status). Latencies count successful operations only.",
        "The driver shares the machine with the system under test.",
    ];

    private static double Rate(long count, double seconds) => Math.Round(count / seconds, 1);
}
