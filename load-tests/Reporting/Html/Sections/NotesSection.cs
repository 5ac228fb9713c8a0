using System.Text;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>The run's notes, one list item each.</summary>
public static class NotesSection
{
    public static void Write(StringBuilder html, IReadOnlyList<string> notes)
    {
        html.Append("<section>\n<h2>Notes</h2>\n");
        if (notes.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var note in notes)
            {
                html.Append("<li>").Append(HtmlText.Encode(note)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }
}
