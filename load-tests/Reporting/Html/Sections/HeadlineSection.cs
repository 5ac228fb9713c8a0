using System.Globalization;
using System.Text;
using Mooc.LoadTests.Reporting.Data;
using static Mooc.LoadTests.Reporting.Html.HtmlText;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>The page title and the strip of headline figures: users, load period, answers, errors, lost and duplicate answers.</summary>
public static class HeadlineSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        var t = report.Totals;
        html.Append("<header>\n<h1>Load test: ").Append(Encode(report.Scenario)).Append("</h1>\n<p class=\"subtitle\">Started ")
            .Append(Encode(report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))).Append(" UTC");
        if (report.StoppedEarly)
        {
            html.Append(" — <strong class=\"bad\">stopped early by Ctrl+C</strong>");
        }

        html.Append("</p>\n<ul class=\"headline\">\n");
        Tile(html, "Users", Integer(report.Settings.Users));
        Tile(html, "Load period", $"{OneDecimal(t.LoadSeconds)} s");
        Tile(html, "Answers", Format.Count(t.Answers));
        Tile(html, "Answers/s", Format.Rate(t.AnswersPerSecond));
        Tile(html, "Errors", Format.Count(t.Errors), ZeroIsGood(t.Errors));
        Verification(html, report.Verification);
        html.Append("</ul>\n</header>\n");
    }

    private static void Verification(StringBuilder html, ExamVerification? verification)
    {
        if (verification is null)
        {
            return;
        }

        if (!verification.Checked)
        {
            Tile(html, "Lost / duplicates", "not checked", "warn", verification.NotCheckedReason ?? "no reason given");
            return;
        }

        Tile(html, "Lost answers", Format.Count(verification.Lost), ZeroIsGood(verification.Lost), $"of {Format.Count(verification.AcknowledgedAnswers)} acknowledged");
        Tile(html, "Duplicates", Format.Count(verification.Duplicates), ZeroIsGood(verification.Duplicates), $"of {Format.Count(verification.StoredAnswers)} stored");
    }

    private static string ZeroIsGood(long count) => count == 0 ? "good" : "bad";

    private static void Tile(StringBuilder html, string label, string value, string? state = null, string? detail = null)
    {
        html.Append(state is null ? "<li>" : $"<li class=\"{state}\">")
            .Append("<span class=\"label\">").Append(Encode(label)).Append("</span>")
            .Append("<span class=\"value").Append(state is null ? string.Empty : $" {state}").Append("\">").Append(Encode(value)).Append("</span>");
        if (detail is not null)
        {
            html.Append("<span class=\"detail\">").Append(Encode(detail)).Append("</span>");
        }

        html.Append("</li>\n");
    }
}
