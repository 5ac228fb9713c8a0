using System.Globalization;
using System.Text;

namespace Mooc.LoadTests.Reporting;

/// <summary>The report.md sections of an exam run: budgets, the event-store check, CPU and memory per process.</summary>
public static class MarkdownExamSections
{
    public static void AppendBudgets(StringBuilder md, RunReport report)
    {
        if (report.Budgets.Count == 0)
        {
            return;
        }

        md.AppendLine("## Budgets (design brief §7)").AppendLine();
        MarkdownReport.Table(md, ["Budget", "Target", "Measured", "Met", "Note"],
            [.. report.Budgets.Select(b => new[] { b.Budget, b.Target, b.Measured, b.Met switch { true => "yes", false => "**no**", null => "—" }, b.Note ?? string.Empty })]);
    }

    public static void AppendVerification(StringBuilder md, RunReport report)
    {
        if (report.Verification is not { } v)
        {
            return;
        }

        md.AppendLine("## Event store check").AppendLine();
        if (!v.Checked)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Not checked: {v.NotCheckedReason}").AppendLine();
            return;
        }

        MarkdownReport.Table(md, ["Check", "Value"],
        [
            ["Attempts checked", Format.Count(v.Attempts)], ["Answers acknowledged (Saved or Duplicate)", Format.Count(v.AcknowledgedAnswers)],
            ["AnswerSelected events stored", Format.Count(v.StoredAnswers)], ["**Lost**", Format.Count(v.Lost)], ["**Duplicates**", Format.Count(v.Duplicates)],
            ["Final-answer mismatches", Format.Count(v.FinalAnswerMismatches)], ["Stored without an acknowledgement reaching the client", Format.Count(v.StoredWithoutAck)],
            ["Submitted by the examinee (Selesai)", Format.Count(v.SubmittedByExaminee)], ["Submitted by the server at the deadline", Format.Count(v.SubmittedByServer)],
            ["Not submitted", Format.Count(v.NotSubmitted)],
            ["Deadline submissions", Format.Count(v.DeadlineSubmissions)],
            ["Latest deadline submission (commit − deadline)", v.MaxDeadlineDelaySeconds is { } d ? $"{d.ToString("0.000", CultureInfo.InvariantCulture)} s" : "—"],
            [$"**Deadlines late** (more than {v.DeadlineToleranceSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s)", Format.Count(v.DeadlinesLate)],
        ]);
        foreach (var finding in v.Findings)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {finding}");
        }

        if (v.Findings.Count > 0)
        {
            md.AppendLine();
        }
    }

    public static void AppendProcesses(StringBuilder md, RunReport report)
    {
        if (report.Processes.Count == 0)
        {
            return;
        }

        md.AppendLine("## CPU and memory per process").AppendLine();
        md.AppendLine("CPU in percent of one core (200 % = both cores of a 2-core machine), sampled every second during the load.").AppendLine();
        MarkdownReport.Table(md, ["Process", "Count", "CPU avg %", "CPU max %", "RSS avg MiB", "RSS max MiB"],
            [.. report.Processes.Select(p => new[]
            {
                p.Name, p.Processes.ToString(CultureInfo.InvariantCulture), Format.Rate(p.CpuAvgPercent), Format.Rate(p.CpuMaxPercent),
                Format.Rate(p.RssAvgMiB), Format.Rate(p.RssMaxMiB),
            })]);
    }
}
