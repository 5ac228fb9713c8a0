using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.UnitTests.LoadTests.Html;

/// <summary>Made-up but plausible run reports for the HTML report tests: an exam run of a given length, or an empty one.</summary>
public static class SyntheticRunReport
{
    public const string Url = "http://127.0.0.1:5080/?a=1&b=2";

    public static RunReport Empty() => new(
        "beranda",
        new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
        StoppedEarly: false,
        new RunSettings(Url, 0, 10, "constant", 0, 200, AllowRemote: false),
        new MachineInfo("host", 2, null, 3.8, "Linux", "X64", ".NET 10.0.0"),
        new RunTotals(0, 0, 0, 0, 0, 0, 0, 0, 0),
        [],
        [],
        [],
        []);

    public static RunReport Exam(int seconds, int users = 200)
    {
        var random = new Random(42);
        var timeline = Enumerable.Range(0, seconds).Select(s => Second(s, seconds, users, random)).ToList();
        var answers = timeline.Sum(p => p.Answers);
        return Empty() with
        {
            Scenario = "ujian-massal",
            StoppedEarly = false,
            Settings = new RunSettings(Url, users, seconds, "ramp", Math.Min(20, seconds), 3000, AllowRemote: false),
            Machine = new MachineInfo("loadbox", 2, "Intel(R) Xeon(R) CPU @ 2.20GHz", 7.8, "Debian GNU/Linux 12", "X64", ".NET 10.0.0"),
            Totals = new RunTotals(seconds, 4 * users, answers + users, users, (4 * users) + answers + users, 10.5, 2.5, 8.0, 3, answers, answers / (double)seconds),
            Measures =
            [
                new MeasureReport("ack SelectAnswer", new PercentileSummary(answers, 7.2, 5.1, 11.8, 38.4, 95.0, 412.7)),
                new MeasureReport("POST /Login", new PercentileSummary(users, 80.1, 71.0, 120.4, 250.2, 250.2, 260.0)),
            ],
            Errors = [new ErrorCount("hub SelectAnswer", "Timeout", 3)],
            Notes = ["Clock drift within 40 ms.", "<script>alert('x')</script> must stay text"],
            Counts = [new TallyCount("Ack status", "Saved", answers - 12), new TallyCount("Ack status", "Duplicate", 12)],
            Timeline = timeline,
            AckHistogram = [.. Enumerable.Range(0, 14).Select(i => new HistogramBucket(i == 0 ? 0 : 0.125 * Math.Pow(2, i - 1), 0.125 * Math.Pow(2, i), i is 0 or 13 ? 0 : (long)(5000 * Math.Exp(-Math.Pow(i - 6, 2) / 4))))],
            Processes =
            [
                new ProcessUsage("silo", 1, 61.5, 140.2, 410.0, 455.3),
                new ProcessUsage("postgres", 9, 22.1, 48.0, 180.4, 190.0),
            ],
            ProcessSeries =
            [
                .. timeline.SelectMany(p => new[]
                {
                    new ProcessSample(p.Second, "silo", 40 + (random.NextDouble() * 40), 380 + (p.Second * 70.0 / seconds)),
                    new ProcessSample(p.Second, "postgres", 15 + (random.NextDouble() * 15), 170 + (p.Second * 20.0 / seconds)),
                }),
            ],
            Verification = new ExamVerification(
                Checked: true,
                NotCheckedReason: null,
                Attempts: users,
                AcknowledgedAnswers: answers,
                StoredAnswers: answers,
                Lost: 0,
                Duplicates: 0,
                StoredWithoutAck: 0,
                FinalAnswerMismatches: 0,
                SubmittedByExaminee: users - 5,
                SubmittedByServer: 5,
                NotSubmitted: 0,
                Findings: ["5 attempts were submitted by the server at the deadline."]),
            Budgets =
            [
                new BudgetCheck("Answer ack p99", "≤ 50 ms", "38.4 ms", true),
                new BudgetCheck("Lost answers", "0", "0", true),
                new BudgetCheck("Silo CPU", "≤ 100 % of one core", "140.2 %", false, "peak during ramp"),
                new BudgetCheck("Frontend memory", "≤ 512 MiB", "—", null, "frontend not local"),
            ],
        };
    }

    private static TimelinePoint Second(int second, int seconds, int users, Random random)
    {
        var active = Math.Min(users, (long)(users * (second + 1) / Math.Max(1.0, Math.Min(20, seconds))));
        var p50 = 4 + random.NextDouble() * 2;
        var p99 = p50 * 4 + random.NextDouble() * 10;
        var max = second % 97 == 50 ? 900 : p99 * 1.5;
        return new TimelinePoint(second, active / 3, p50, p99, max, second % 40 == 0 ? 1 : 0, active, active);
    }
}
