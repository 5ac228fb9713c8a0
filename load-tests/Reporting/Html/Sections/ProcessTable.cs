using System.Text;
using Mooc.LoadTests.Reporting.Data;
using static Mooc.LoadTests.Reporting.Html.HtmlText;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>CPU and memory per process kind over the load; left out when the target did not run on this machine.</summary>
public static class ProcessTable
{
    public static void Write(StringBuilder html, IReadOnlyList<ProcessUsage> processes)
    {
        if (processes.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Process usage</h2>\n<p class=\"muted\">CPU in percent of one core (200 = two cores busy); several processes of a kind are added up.</p>\n");
        var table = new HtmlTable("Process", "Processes", "CPU avg %", "CPU max %", "RSS avg MiB", "RSS max MiB").Numeric(1, 2, 3, 4, 5);
        foreach (var p in processes)
        {
            table.Row(p.Name, Integer(p.Processes), OneDecimal(p.CpuAvgPercent), OneDecimal(p.CpuMaxPercent), OneDecimal(p.RssAvgMiB), OneDecimal(p.RssMaxMiB));
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
