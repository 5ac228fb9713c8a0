using System.Globalization;
using System.Text;
using Mooc.LoadTests.Reporting.Data;
using static Mooc.LoadTests.Reporting.Html.HtmlText;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>The run's faults: each command's outcome, the clients it affected and how soon they and the throughput recovered.</summary>
public static class FaultSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Faults.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Faults and recovery</h2>\n<p>Errors outside the faults' windows: ")
            .Append(Encode(Format.Count(report.Totals.ErrorsOutsideFaults))).Append(" of ").Append(Encode(Format.Count(report.Totals.Errors))).Append(".</p>\n");
        var table = new HtmlTable("Fault", "Started at", "Command took", "Exit code", "Affected", "Resumed", "All resumed after", "Answers/s back after", "Longest ack wait", "Errors in window")
            .Numeric(1, 2, 3, 4, 5, 6, 7, 8, 9);
        foreach (var f in report.Faults)
        {
            table.Row(
                f.Spec,
                Seconds(f.StartSecond) ?? "not run",
                Seconds(f.EndSecond - f.StartSecond) ?? "—",
                new TableCell(f.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "—", f.ExitCode == 0 ? "good" : "bad"),
                Integer(f.AffectedClients),
                new TableCell(Integer(f.ResumedClients), f.NotResumed.Count == 0 ? "good" : "bad"),
                new TableCell(Seconds(f.AllResumedAfterSeconds) ?? "not all", f.AllResumedAfterSeconds is null ? "bad" : null),
                Seconds(f.ThroughputRecoveredAfterSeconds) ?? "never / no baseline",
                Seconds(f.LongestAckWaitSeconds) ?? "—",
                Format.Count(f.ErrorsInWindow));
        }

        table.WriteTo(html);
        foreach (var f in report.Faults)
        {
            html.Append("<h3>").Append(Encode(f.Spec)).Append("</h3>\n<p>").Append(Encode(f.Command)).Append("</p>\n");
            if (f.CommandResult is not null)
            {
                html.Append("<p>Result: <code>").Append(Encode(f.CommandResult)).Append("</code></p>\n");
            }

            if (f.NotResumed.Count > 0)
            {
                html.Append("<p class=\"bad\">Not resumed: ").Append(Encode(string.Join(", ", f.NotResumed))).Append("</p>\n");
            }

            html.Append("<pre>").Append(Encode(f.Output)).Append("</pre>\n");
        }

        html.Append("</section>\n");
    }

    private static string? Seconds(double? seconds) => seconds is { } s ? s.ToString("0.0##", CultureInfo.InvariantCulture) + " s" : null;
}
