using Spectre.Console;

namespace Mooc.LoadTests.Reporting.Progress;

/// <summary>Picks the live table on a terminal and plain lines when output is redirected (CI, logs).</summary>
public static class ProgressViews
{
    public static IProgressView Create() =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
            ? new LiveTableView()
            : new PlainProgressView();
}
