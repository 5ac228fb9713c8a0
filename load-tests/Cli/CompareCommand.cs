using Mooc.LoadTests.Reporting;
using Mooc.LoadTests.Reporting.Comparison;

namespace Mooc.LoadTests.Cli;

/// <summary>
/// <c>compare A/report.json B/report.json [--out FILE.md]</c>: two runs side by side in Markdown (to FILE.md, else to
/// the console). A report folder may be given instead of its report.json.
/// </summary>
public static class CompareCommand
{
    public const string Name = "compare";

    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Name;

    public static int Run(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        string? outPath = null;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--out")
            {
                if (i + 1 >= args.Count)
                {
                    return Fail("--out needs a file name.");
                }

                outPath = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return Fail($"'{args[i]}' is not an option of {Name} (only --out FILE.md).");
            }
            else
            {
                paths.Add(Directory.Exists(args[i]) ? Path.Combine(args[i], "report.json") : args[i]);
            }
        }

        if (paths.Count != 2)
        {
            return Fail($"{Name} takes two reports: {Name} A/report.json B/report.json [--out FILE.md].");
        }

        var reports = new List<RunReport>();
        foreach (var path in paths)
        {
            var error = TryRead(path, out var report);
            if (error is not null)
            {
                return Fail(error);
            }

            reports.Add(report!);
        }

        var markdown = ComparisonTable.Render(reports[0], reports[1], paths[0], paths[1]);
        if (outPath is null)
        {
            Console.Write(markdown);
            return ExitCodes.Ok;
        }

        try
        {
            File.WriteAllText(outPath, markdown);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot write '{outPath}': {exception.Message}");
        }

        Console.WriteLine($"Wrote {Path.GetFullPath(outPath)}");
        return ExitCodes.Ok;
    }

    private static string? TryRead(string path, out RunReport? report)
    {
        report = null;
        if (!File.Exists(path))
        {
            return $"'{path}' does not exist.";
        }

        try
        {
            report = JsonReport.Parse(File.ReadAllText(path));
            return report is null ? $"'{path}' holds no report." : null;
        }
        catch (System.Text.Json.JsonException invalid)
        {
            return $"'{path}' is not a report of this driver: {invalid.Message}";
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.InvalidArguments;
    }
}
