using System.Globalization;
using System.Text;

namespace Mooc.LoadTests.Reporting;

/// <summary>report.md: a run a person can read and paste into an issue.</summary>
public static class MarkdownReport
{
    public static string Render(RunReport report)
    {
        var s = report.Settings;
        var m = report.Machine;
        var t = report.Totals;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Load test: {report.Scenario}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Started {report.StartedAt:yyyy-MM-dd HH:mm:ss} UTC{(report.StoppedEarly ? " — stopped early by Ctrl+C" : string.Empty)}.");
        md.AppendLine();
        md.AppendLine("## Settings").AppendLine();
        Table(md, ["Setting", "Value"],
        [
            ["URL", s.Urls.Count > 1 ? string.Join(", ", s.Urls) : s.Url], ["Label", s.Label ?? "—"], ["Users", s.Users.ToString(CultureInfo.InvariantCulture)],
            ["Duration", $"{s.DurationSeconds} s"], ["Shape", s.Shape], ["Ramp", $"{s.RampSeconds} s"],
            ["Think time", $"{s.ThinkMs} ms"], ["Remote allowed", s.AllowRemote ? "yes" : "no"],
        ]);
        md.AppendLine("## Machine").AppendLine();
        Table(md, ["Property", "Value"],
        [
            ["Host", m.HostName], ["Logical cores", m.LogicalCores.ToString(CultureInfo.InvariantCulture)],
            ["CPU", m.CpuModel ?? "unknown"], ["Memory", $"{m.MemoryGiB.ToString(CultureInfo.InvariantCulture)} GiB"],
            ["OS", m.Os], ["Architecture", m.Architecture], ["Runtime", m.Runtime],
        ]);
        MarkdownExamSections.AppendBudgets(md, report);
        MarkdownExamSections.AppendVerification(md, report);
        MarkdownFaultSection.Append(md, report);
        md.AppendLine("## Totals").AppendLine();
        Table(md, ["Total", "Value"],
        [
            ["Load period", $"{t.LoadSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"],
            ["Requests", Format.Count(t.Requests)], ["Requests/s", Format.Rate(t.RequestsPerSecond)],
            ["HTTP requests", Format.Count(t.HttpRequests)], ["HTTP requests/s", Format.Rate(t.HttpRequestsPerSecond)],
            ["Hub invocations", Format.Count(t.HubInvocations)], ["Hub invocations/s", Format.Rate(t.HubInvocationsPerSecond)],
            ["Hub connects", Format.Count(t.HubConnects)], ["Errors", Format.Count(t.Errors)], ["Errors outside faults", Format.Count(t.ErrorsOutsideFaults)],
            ["Answers", Format.Count(t.Answers)], ["Answers/s", Format.Rate(t.AnswersPerSecond)],
        ]);
        if (report.Counts.Count > 0)
        {
            md.AppendLine("## Counts").AppendLine();
            Table(md, ["Group", "Outcome", "Count"], [.. report.Counts.Select(c => new[] { c.Group, c.Name, Format.Count(c.Count) })]);
        }

        md.AppendLine("## Percentiles (ms)").AppendLine();
        Table(md, ["Measure", "Count", "Mean", "p50", "p90", "p99", "p99.9", "Max"],
            [.. report.Measures.Select(x => new[]
            {
                x.Name, Format.Count(x.Summary.Count), Format.Ms(x.Summary.MeanMs), Format.Ms(x.Summary.P50Ms), Format.Ms(x.Summary.P90Ms),
                Format.Ms(x.Summary.P99Ms), Format.Ms(x.Summary.P999Ms), Format.Ms(x.Summary.MaxMs),
            })]);
        md.AppendLine("## Errors").AppendLine();
        if (report.Errors.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
        }
        else
        {
            Table(md, ["Operation", "Kind", "Count"], [.. report.Errors.Select(e => new[] { e.Operation, e.Kind, Format.Count(e.Count) })]);
        }

        MarkdownExamSections.AppendProcesses(md, report);
        md.AppendLine("## Notes").AppendLine();
        foreach (var note in report.Notes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        return md.ToString();
    }

    public static void Table(StringBuilder md, string[] header, IReadOnlyList<string[]> rows)
    {
        md.AppendLine(Row(header));
        md.AppendLine(Row([.. header.Select(_ => "---")]));
        foreach (var row in rows)
        {
            md.AppendLine(Row(row));
        }

        md.AppendLine();
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";
}
