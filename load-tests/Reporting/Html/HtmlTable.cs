using System.Text;

namespace Mooc.LoadTests.Reporting.Html;

/// <summary>A header row and body rows; columns marked numeric are right-aligned.</summary>
public sealed class HtmlTable(params string[] header)
{
    private readonly HashSet<int> numeric = [];
    private readonly List<TableCell[]> rows = [];

    public bool IsEmpty => rows.Count == 0;

    public HtmlTable Numeric(params int[] columns)
    {
        numeric.UnionWith(columns);
        return this;
    }

    public HtmlTable Row(params TableCell[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder html)
    {
        html.Append("<table>\n<thead><tr>");
        for (var i = 0; i < header.Length; i++)
        {
            html.Append("<th").Append(ClassAttribute(i, null)).Append('>').Append(HtmlText.Encode(header[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                html.Append("<td").Append(ClassAttribute(i, row[i].CssClass)).Append('>').Append(HtmlText.Encode(row[i].Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private string ClassAttribute(int column, string? cssClass)
    {
        var classes = string.Join(' ', new[] { numeric.Contains(column) ? "num" : null, cssClass }.OfType<string>());
        return classes.Length == 0 ? string.Empty : $" class=\"{classes}\"";
    }
}
