using Spectre.Console;

namespace Mooc.LoadTests.Reporting;

/// <summary>The end-of-run tables on the console.</summary>
public static class SummaryTable
{
    public static void Write(RunReport report)
    {
        var t = report.Totals;
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine(
            $"[bold]{Markup.Escape(report.Scenario)}[/]: {report.Settings.Users} users, {t.LoadSeconds:0.0} s"
            + (report.StoppedEarly ? " [yellow](stopped early)[/]" : string.Empty));
        AnsiConsole.MarkupLine(
            $"Requests {Format.Count(t.Requests)} ([bold]{Format.Rate(t.RequestsPerSecond)}/s[/]): "
            + $"HTTP {Format.Rate(t.HttpRequestsPerSecond)}/s, hub {Format.Rate(t.HubInvocationsPerSecond)}/s; "
            + $"hub connects {Format.Count(t.HubConnects)}; errors {ErrorMarkup(t.Errors)}");

        if (t.Answers > 0 || report.Counts.Count > 0)
        {
            AnsiConsole.MarkupLine($"Answers {Format.Count(t.Answers)} ([bold]{Format.Rate(t.AnswersPerSecond)}/s[/]); "
                + Markup.Escape(string.Join(", ", report.Counts.Select(c => $"{c.Group} {c.Name}: {Format.Count(c.Count)}"))));
        }

        var measures = new Table().Border(TableBorder.Rounded).Title("Percentiles (ms)")
            .AddColumns("Measure", "Count", "p50", "p90", "p99", "p99.9", "Max");
        measures.Columns[0].NoWrap();
        foreach (var column in measures.Columns.Skip(1))
        {
            column.RightAligned();
        }

        foreach (var x in report.Measures)
        {
            var s = x.Summary;
            measures.AddRow(Markup.Escape(x.Name), Format.Count(s.Count), Format.Ms(s.P50Ms), Format.Ms(s.P90Ms), Format.Ms(s.P99Ms), Format.Ms(s.P999Ms), Format.Ms(s.MaxMs));
        }

        AnsiConsole.Write(measures);
        if (report.Errors.Count > 0)
        {
            var errors = new Table().Border(TableBorder.Rounded).Title("Errors").AddColumns("Operation", "Kind", "Count");
            errors.Columns[2].RightAligned();
            foreach (var e in report.Errors)
            {
                errors.AddRow(Markup.Escape(e.Operation), Markup.Escape(e.Kind), Format.Count(e.Count));
            }

            AnsiConsole.Write(errors);
        }
    }

    private static string ErrorMarkup(long errors) => errors == 0 ? "[green]0[/]" : $"[red]{Format.Count(errors)}[/]";
}
