using System.Text;
using Mooc.LoadTests.Reporting.Html.Charts;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>All charts, each under its own heading; a chart without data leaves a "no data" line instead.</summary>
public static class ChartSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        html.Append("<section>\n<h2>Charts</h2>\n");
        Figure(html, LatencyChart.Title, LatencyChart.Render(report.Timeline), "No data: no answer was acknowledged during the load.");
        Figure(html, ThroughputChart.Title, ThroughputChart.Render(report.Timeline), "No data: the run recorded no timeline.");
        Figure(html, AckHistogramChart.Title, AckHistogramChart.Render(report.AckHistogram), "No data: no acknowledgement latency was recorded.");
        const string noProcesses = "No data: no process samples (the target does not run on this machine).";
        Figure(html, ProcessCharts.CpuTitle, ProcessCharts.Cpu(report.ProcessSeries), noProcesses);
        Figure(html, ProcessCharts.MemoryTitle, ProcessCharts.Memory(report.ProcessSeries), noProcesses);
        html.Append("</section>\n");
    }

    private static void Figure(StringBuilder html, string title, string? svg, string noData)
    {
        html.Append("<h3>").Append(HtmlText.Encode(title)).Append("</h3>\n");
        if (svg is null)
        {
            html.Append("<p class=\"no-data\">").Append(HtmlText.Encode(noData)).Append("</p>\n");
            return;
        }

        html.Append("<figure>\n").Append(svg).Append("</figure>\n");
    }
}
