using Mooc.LoadTests.Measurement;
using Spectre.Console;

namespace Mooc.LoadTests.Reporting.Progress;

/// <summary>A Spectre.Console table redrawn in place about once a second.</summary>
public sealed class LiveTableView : IProgressView
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(ProgressSampler sampler, CancellationToken stop)
    {
        await AnsiConsole.Live(Render(sampler.Sample()))
            .AutoClear(false)
            .StartAsync(async live =>
            {
                using var timer = new PeriodicTimer(Interval);
                try
                {
                    while (await timer.WaitForNextTickAsync(stop))
                    {
                        live.UpdateTarget(Render(sampler.Sample()));
                    }
                }
                catch (OperationCanceledException)
                {
                    // Run over: leave the last table on screen above the summary.
                }

                live.UpdateTarget(Render(sampler.Sample()));
            });
    }

    private static Table Render(ProgressSnapshot p)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Mooc load test — {p.Elapsed.TotalSeconds:0} s of {p.Duration.TotalSeconds:0} s")
            .AddColumns("", "Count", "p50 ms", "p99 ms");
        table.Columns[0].NoWrap();
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        table.AddRow("Active users", $"{p.ActiveUsers} / {p.Users}", "", "");
        table.AddRow("Requests/s (last second)", Format.Rate(p.RequestsPerSecond), "", "");
        table.AddRow("Requests", Format.Count(p.Requests), "", "");
        foreach (var measure in p.Measures)
        {
            var s = measure.Summary;
            table.AddRow(Markup.Escape(measure.Name), Format.Count(s.Count), Format.Ms(s.P50Ms), Format.Ms(s.P99Ms));
        }

        table.AddRow("Errors", p.Errors == 0 ? "[green]0[/]" : $"[red]{Format.Count(p.Errors)}[/]", "", "");
        return table;
    }
}
