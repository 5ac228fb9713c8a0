using System.Text;
using Mooc.LoadTests.Reporting.Data;
using static Mooc.LoadTests.Reporting.Html.HtmlText;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>The exam scenario's check of the event store against the acknowledged answers, with its findings.</summary>
public static class VerificationSection
{
    public static void Write(StringBuilder html, ExamVerification? v)
    {
        if (v is null)
        {
            return;
        }

        html.Append("<section>\n<h2>Exam verification</h2>\n");
        var table = new HtmlTable("Check", "Value").Numeric(1)
            .Row("Checked", v.Checked ? new TableCell("yes") : new TableCell("no", "warn"));
        if (!v.Checked)
        {
            table.Row("Not checked because", v.NotCheckedReason ?? "no reason given");
        }

        table.Row("Attempts", Integer(v.Attempts))
            .Row("Acknowledged answers", Format.Count(v.AcknowledgedAnswers))
            .Row("Stored answers", Format.Count(v.StoredAnswers))
            .Row("Lost (acknowledged, not stored)", Checked(v, v.Lost))
            .Row("Duplicates (stored more than once)", Checked(v, v.Duplicates))
            .Row("Stored without acknowledgement", Format.Count(v.StoredWithoutAck))
            .Row("Final answer differs from the last saved", Checked(v, v.FinalAnswerMismatches))
            .Row("Submitted by examinee", Integer(v.SubmittedByExaminee))
            .Row("Submitted by server", Integer(v.SubmittedByServer))
            .Row("Not submitted", Integer(v.NotSubmitted))
            .Row("Deadline submissions", Integer(v.DeadlineSubmissions))
            .Row("Latest deadline submission (commit − deadline)", v.MaxDeadlineDelaySeconds is { } d ? $"{d.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} s" : "—")
            .Row($"Deadlines late (more than {v.DeadlineToleranceSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s)", Checked(v, v.DeadlinesLate))
            .WriteTo(html);
        html.Append("<h3>Findings</h3>\n");
        if (v.Findings.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"findings\">\n");
            foreach (var finding in v.Findings)
            {
                html.Append("<li>").Append(Encode(finding)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static TableCell Checked(ExamVerification v, long count) =>
        v.Checked ? new TableCell(Format.Count(count), count == 0 ? "good" : "bad") : new TableCell("not checked", "muted");
}
