using System.Text;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting.Html.Sections;

/// <summary>The design brief's budgets against this run: met ✓, missed ✗ or — when the run could not tell.</summary>
public static class BudgetSection
{
    public static void Write(StringBuilder html, IReadOnlyList<BudgetCheck> budgets)
    {
        if (budgets.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>Budgets</h2>\n<p>")
            .Append(HtmlText.Encode($"{budgets.Count(b => b.Met == true)} met, {budgets.Count(b => b.Met == false)} missed, {budgets.Count(b => b.Met is null)} not measured."))
            .Append("</p>\n");
        var table = new HtmlTable("Budget", "Target", "Measured", "Result", "Note");
        foreach (var budget in budgets)
        {
            table.Row(budget.Budget, budget.Target, budget.Measured, Result(budget.Met), budget.Note ?? string.Empty);
        }

        table.WriteTo(html);
        html.Append("</section>\n");
    }

    private static TableCell Result(bool? met) => met switch
    {
        true => new TableCell("✓ met", "good"),
        false => new TableCell("✗ missed", "bad"),
        null => new TableCell("—", "muted"),
    };
}
