using Mooc.LoadTests.Reporting;

namespace Mooc.LoadTests.Cli;

/// <summary>
/// <c>--render FOLDER</c>: writes report.md and report.html (and report.json) of an earlier run again from its
/// report.json, with today's renderers and budget checks; the measurements themselves are not touched.
/// </summary>
public static class RenderCommand
{
    public static bool IsRequested(IReadOnlyList<string> args) => args.Count == 2 && args[0] == "--render";

    public static int Run(IReadOnlyList<string> args)
    {
        var folder = args[1];
        var json = Path.Combine(folder, "report.json");
        if (!File.Exists(json))
        {
            Console.Error.WriteLine($"error: '{json}' does not exist; --render takes a report folder.");
            return ExitCodes.InvalidArguments;
        }

        RunReport? report;
        try
        {
            report = JsonReport.Parse(File.ReadAllText(json));
        }
        catch (System.Text.Json.JsonException invalid)
        {
            Console.Error.WriteLine($"error: '{json}' is not a report of this driver: {invalid.Message}");
            return ExitCodes.InvalidArguments;
        }

        if (report is null)
        {
            Console.Error.WriteLine($"error: '{json}' holds no report.");
            return ExitCodes.InvalidArguments;
        }

        report = report with { Budgets = report.Budgets.Count == 0 ? report.Budgets : BudgetChecks.Evaluate(report) };
        ReportWriter.Write(report, folder);
        Console.WriteLine($"Rendered {Path.GetFullPath(folder)}");
        return ExitCodes.Ok;
    }
}
