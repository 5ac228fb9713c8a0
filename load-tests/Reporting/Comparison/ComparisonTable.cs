using System.Globalization;
using System.Text;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Monitoring;

namespace Mooc.LoadTests.Reporting.Comparison;

/// <summary>
/// Two runs side by side in Markdown (e.g. "1 silo + 1 frontend" against "2 silos + 2 frontends"): load, throughput,
/// latencies, deadlines, projection lag, errors, the event-store check, CPU and memory per process kind. The last
/// column is B ÷ A for figures both runs have.
/// </summary>
public static class ComparisonTable
{
    public static string Render(RunReport a, RunReport b, string sourceA, string sourceB)
    {
        var (labelA, labelB) = (Topology.Of(a), Topology.Of(b));
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Load runs compared: {labelA} vs {labelB}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"A: `{sourceA}` ({a.Scenario}, started {a.StartedAt:yyyy-MM-dd HH:mm} UTC); B: `{sourceB}` ({b.Scenario}, started {b.StartedAt:yyyy-MM-dd HH:mm} UTC).").AppendLine();
        var rows = new List<string[]> { new[] { "Topology", labelA, labelB, string.Empty } };
        rows.AddRange(Rows(a, b).Select(r => new[] { r.Name, Text(r.A, r.Unit), Text(r.B, r.Unit), Ratio(r.A, r.B) }));
        MarkdownReport.Table(md, ["Measure", $"A: {labelA}", $"B: {labelB}", "B ÷ A"], rows);
        md.AppendLine("Latencies are over successful operations; CPU is in percent of one core, added up over the processes of a kind; "
            + "\"—\" means the run has no such figure.");
        return md.ToString();
    }

    private static IEnumerable<(string Name, double? A, double? B, string Unit)> Rows(RunReport a, RunReport b)
    {
        yield return ("Examinees", a.Settings.Users, b.Settings.Users, string.Empty);
        yield return ("Answers acknowledged", a.Totals.Answers, b.Totals.Answers, string.Empty);
        yield return ("Answers/s peak", PeakAnswers(a), PeakAnswers(b), "/s");
        yield return ("Answers/s mean", a.Totals.AnswersPerSecond, b.Totals.AnswersPerSecond, "/s");
        yield return ("Answer ack p50", Ms(a, MeasureNames.AnswerAck, s => s.P50Ms), Ms(b, MeasureNames.AnswerAck, s => s.P50Ms), " ms");
        yield return ("Answer ack p95", Ms(a, MeasureNames.AnswerAck, s => s.P95Ms), Ms(b, MeasureNames.AnswerAck, s => s.P95Ms), " ms");
        yield return ("Answer ack p99", Ms(a, MeasureNames.AnswerAck, s => s.P99Ms), Ms(b, MeasureNames.AnswerAck, s => s.P99Ms), " ms");
        yield return ("Answer ack max", Ms(a, MeasureNames.AnswerAck, s => s.MaxMs), Ms(b, MeasureNames.AnswerAck, s => s.MaxMs), " ms");
        yield return ("Join p99", Ms(a, MeasureNames.Join, s => s.P99Ms), Ms(b, MeasureNames.Join, s => s.P99Ms), " ms");
        yield return ("Hub connect p99", Ms(a, MeasureNames.HubConnect, s => s.P99Ms), Ms(b, MeasureNames.HubConnect, s => s.P99Ms), " ms");
        yield return ("Mulai Ujian p99", Ms(a, MeasureNames.StartExam, s => s.P99Ms), Ms(b, MeasureNames.StartExam, s => s.P99Ms), " ms");
        yield return ("Deadline submission delay max", Ms(a, MeasureNames.DeadlineSubmit, s => s.MaxMs), Ms(b, MeasureNames.DeadlineSubmit, s => s.MaxMs), " ms");
        yield return ("Projection lag p99", Ms(a, MeasureNames.ProjectionLag, s => s.P99Ms), Ms(b, MeasureNames.ProjectionLag, s => s.P99Ms), " ms");
        yield return ("Errors", a.Totals.Errors, b.Totals.Errors, string.Empty);
        yield return ("Errors outside faults", a.Totals.ErrorsOutsideFaults, b.Totals.ErrorsOutsideFaults, string.Empty);
        yield return ("Lost answers", Checked(a, v => v.Lost), Checked(b, v => v.Lost), string.Empty);
        yield return ("Duplicates", Checked(a, v => v.Duplicates), Checked(b, v => v.Duplicates), string.Empty);
        foreach (var kind in ProcessKinds.All.Where(k => a.Processes.Concat(b.Processes).Any(p => p.Name == k)))
        {
            yield return ($"CPU {kind} avg", Cpu(a, kind, p => p.CpuAvgPercent), Cpu(b, kind, p => p.CpuAvgPercent), " %");
            yield return ($"CPU {kind} max", Cpu(a, kind, p => p.CpuMaxPercent), Cpu(b, kind, p => p.CpuMaxPercent), " %");
            yield return ($"Memory {kind} max", Cpu(a, kind, p => p.RssMaxMiB), Cpu(b, kind, p => p.RssMaxMiB), " MiB");
        }
    }

    private static double? PeakAnswers(RunReport report) => report.Timeline.Count == 0 ? null : report.Timeline.Max(p => p.Answers);

    /// <summary>A percentile of a measure; null when the run has no sample of it (or, for p95, predates it).</summary>
    private static double? Ms(RunReport report, string measure, Func<PercentileSummary, double> pick)
    {
        var summary = report.Measures.FirstOrDefault(m => m.Name == measure)?.Summary;
        return summary is not { Count: > 0 } || (pick(summary) == 0 && summary.MaxMs > 0) ? null : pick(summary);
    }

    private static double? Checked(RunReport report, Func<Reporting.Data.ExamVerification, long> pick) =>
        report.Verification is { Checked: true } v ? pick(v) : null;

    private static double? Cpu(RunReport report, string kind, Func<Reporting.Data.ProcessUsage, double> pick) =>
        report.Processes.FirstOrDefault(p => p.Name == kind) is { } usage ? pick(usage) : null;

    private static string Text(double? value, string unit) => value switch
    {
        null => "—",
        { } v when v == Math.Floor(v) && unit.Length == 0 => Format.Count((long)v),
        { } v => v.ToString(v >= 100 ? "#,0" : "0.0##", CultureInfo.InvariantCulture) + unit,
    };

    private static string Ratio(double? a, double? b) =>
        a is > 0 && b is { } vb ? (vb / a.Value).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";
}
