using System.Globalization;
using System.Text;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting;

/// <summary>report.md's "Faults" section: each --fault, its command's outcome and the clients' recovery.</summary>
public static class MarkdownFaultSection
{
    public static void Append(StringBuilder md, RunReport report)
    {
        if (report.Faults.Count == 0)
        {
            return;
        }

        md.AppendLine("## Faults and recovery").AppendLine();
        MarkdownReport.Table(md, ["Fault", "Started at", "Command took", "Exit", "Affected", "Resumed", "All resumed after", "Answers/s back after", "Longest ack wait", "Errors in window"],
            [.. report.Faults.Select(f => new[]
            {
                f.Spec, Seconds(f.StartSecond) ?? $"{Num(f.AtSeconds)} s (not run)", $"{Seconds(f.EndSecond - f.StartSecond) ?? "—"}",
                f.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "—", Format.Count(f.AffectedClients), Format.Count(f.ResumedClients),
                Seconds(f.AllResumedAfterSeconds) ?? "**not all**", Seconds(f.ThroughputRecoveredAfterSeconds) ?? "never / no baseline",
                Seconds(f.LongestAckWaitSeconds) ?? "—", Format.Count(f.ErrorsInWindow),
            })]);
        md.AppendLine(CultureInfo.InvariantCulture, $"Errors outside the faults' windows: **{Format.Count(report.Totals.ErrorsOutsideFaults)}** of {Format.Count(report.Totals.Errors)}.").AppendLine();
        foreach (var f in report.Faults)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### `{f.Spec}`").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{f.Command}`; started {f.StartedAt?.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "—"} UTC, ended {f.EndedAt?.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "—"} UTC, exit code {f.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "—"}.");
            if (f.CommandResult is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- Result: `{f.CommandResult}`");
            }

            md.AppendLine(CultureInfo.InvariantCulture, $"- Baseline before the fault: {(f.BaselineAnswersPerSecond is { } b ? Num(b) + " answers/s" : "none")}; window until {(f.RecoveredAtSecond is { } r ? Num(r) + " s" : "the end of the run")}.");
            if (f.NotResumed.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- **Not resumed** ({f.NotResumed.Count}): {string.Join(", ", f.NotResumed.Take(50))}{(f.NotResumed.Count > 50 ? ", …" : string.Empty)}");
            }

            md.AppendLine().AppendLine("```text").AppendLine(f.Output.Replace("```", "'''", StringComparison.Ordinal)).AppendLine("```").AppendLine();
        }
    }

    private static string? Seconds(double? seconds) => seconds is { } s ? $"{Num(s)} s" : null;

    private static string Num(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
