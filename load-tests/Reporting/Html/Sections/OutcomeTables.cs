using System.Text;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>What happened: outcome counts, the percentiles of every measure and the errors.</summary>
public static class OutcomeTables
{
    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Counts.Count > 0)
        {
            var counts = new HtmlTable("Group", "Outcome", "Count").Numeric(2);
            foreach (var c in report.Counts)
            {
                counts.Row(c.Group, c.Name, Format.Count(c.Count));
            }

            Section(html, "Counts", counts, string.Empty);
        }

        var percentiles = new HtmlTable("Measure", "Count", "Mean", "p50", "p90", "p99", "p99.9", "Max").Numeric(1, 2, 3, 4, 5, 6, 7);
        foreach (var x in report.Measures)
        {
            var p = x.Summary;
            percentiles.Row(x.Name, Format.Count(p.Count), Format.Ms(p.MeanMs), Format.Ms(p.P50Ms), Format.Ms(p.P90Ms), Format.Ms(p.P99Ms), Format.Ms(p.P999Ms), Format.Ms(p.MaxMs));
        }

        Section(html, "Percentiles (ms)", percentiles, "Nothing measured.");
        var errors = new HtmlTable("Operation", "Kind", "Count").Numeric(2);
        foreach (var e in report.Errors)
        {
            errors.Row(e.Operation, e.Kind, new TableCell(Format.Count(e.Count), "bad"));
        }

        Section(html, "Errors", errors, "None.");
    }

    private static void Section(StringBuilder html, string title, HtmlTable table, string whenEmpty)
    {
        html.Append("<section>\n<h2>").Append(HtmlText.Encode(title)).Append("</h2>\n");
        if (table.IsEmpty)
        {
            html.Append("<p>").Append(HtmlText.Encode(whenEmpty)).Append("</p>\n");
        }
        else
        {
            table.WriteTo(html);
        }

        html.Append("</section>\n");
    }
}
