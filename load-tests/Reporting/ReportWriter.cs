using Mooc.LoadTests.Reporting.Html;

namespace Mooc.LoadTests.Reporting;

/// <summary>Writes report.md, report.json and report.html into a run's folder.</summary>
public static class ReportWriter
{
    public static void Write(RunReport report, string folder)
    {
        File.WriteAllText(Path.Combine(folder, "report.md"), MarkdownReport.Render(report));
        File.WriteAllText(Path.Combine(folder, "report.json"), JsonReport.Render(report));
        File.WriteAllText(Path.Combine(folder, "report.html"), HtmlReport.Render(report));
    }
}
