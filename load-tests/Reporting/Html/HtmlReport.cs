using System.Globalization;
using System.Text;
using Mooc.LoadTests.Reporting.Html.Sections;

namespace Mooc.LoadTests.Reporting.Html;

/// <summary>
/// report.html: one self-contained page with inline CSS and inline SVG charts; no script, no external file,
/// so it opens offline from disk and prints. Markup is XHTML-clean (closed void elements, escaped text).
/// </summary>
public static class HtmlReport
{
    public static string Render(RunReport report)
    {
        var html = new StringBuilder(128 * 1024);
        var title = $"Load test: {report.Scenario} — {report.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>").Append(HtmlText.Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(PageStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        HeadlineSection.Write(html, report);
        BudgetSection.Write(html, report.Budgets);
        ChartSection.Write(html, report);
        RunTables.Write(html, report);
        OutcomeTables.Write(html, report);
        ProcessTable.Write(html, report.Processes);
        VerificationSection.Write(html, report.Verification);
        FaultSection.Write(html, report);
        NotesSection.Write(html, report.Notes);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
