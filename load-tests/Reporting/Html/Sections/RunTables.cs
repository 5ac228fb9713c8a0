using System.Globalization;
using System.Text;
using static Mooc.LoadTests.Reporting.Html.HtmlText;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>What the run was: its settings, the machine it ran on and its totals, side by side on a wide screen.</summary>
public static class RunTables
{
    public static void Write(StringBuilder html, RunReport report)
    {
        var s = report.Settings;
        var m = report.Machine;
        var t = report.Totals;
        html.Append("<div class=\"columns\">\n");
        Section(html, "Settings", new HtmlTable("Setting", "Value")
            .Row("URL", s.Url).Row("Users", Integer(s.Users)).Row("Duration", $"{Integer(s.DurationSeconds)} s").Row("Shape", s.Shape)
            .Row("Ramp", $"{Integer(s.RampSeconds)} s").Row("Think time", $"{Integer(s.ThinkMs)} ms").Row("Remote allowed", s.AllowRemote ? "yes" : "no"));
        Section(html, "Machine", new HtmlTable("Property", "Value")
            .Row("Host", m.HostName).Row("Logical cores", Integer(m.LogicalCores)).Row("CPU", m.CpuModel ?? "unknown")
            .Row("Memory", $"{m.MemoryGiB.ToString(CultureInfo.InvariantCulture)} GiB").Row("OS", m.Os).Row("Architecture", m.Architecture)
            .Row("Runtime", m.Runtime));
        Section(html, "Totals", new HtmlTable("Total", "Value").Numeric(1)
            .Row("Load period", $"{OneDecimal(t.LoadSeconds)} s")
            .Row("Requests", Format.Count(t.Requests)).Row("Requests/s", Format.Rate(t.RequestsPerSecond))
            .Row("HTTP requests", Format.Count(t.HttpRequests)).Row("HTTP requests/s", Format.Rate(t.HttpRequestsPerSecond))
            .Row("Hub invocations", Format.Count(t.HubInvocations)).Row("Hub invocations/s", Format.Rate(t.HubInvocationsPerSecond))
            .Row("Hub connects", Format.Count(t.HubConnects)).Row("Errors", Format.Count(t.Errors))
            .Row("Answers", Format.Count(t.Answers)).Row("Answers/s", Format.Rate(t.AnswersPerSecond)));
        html.Append("</div>\n");
    }

    private static void Section(StringBuilder html, string title, HtmlTable table)
    {
        html.Append("<section>\n<h2>").Append(Encode(title)).Append("</h2>\n");
        table.WriteTo(html);
        html.Append("</section>\n");
    }
}
