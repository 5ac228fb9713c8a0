using System.Globalization;
using System.Text;
using Mooc.LoadTests.Reporting;
using Spectre.Console;

namespace Mooc.LoadTests.Certificates;

/// <summary>The benchmark's result as a console table and as Markdown for docs/benchmarks.</summary>
public static class CertificateBenchmarkReport
{
    public static void WriteConsole(CertificateBenchmarkResult result)
    {
        AnsiConsole.MarkupLineInterpolated(
            $"Font registration {Format.Ms(result.RegisterMs)} ms, first (cold) render {Format.Ms(result.ColdMs)} ms");
        var table = new Table().Border(TableBorder.Rounded).Title("Certificate rendering after warm-up (ms)")
            .AddColumns("Phase", "Certificates", "p50", "p90", "p99", "max", "certs/s", "avg KB");
        foreach (var phase in result.Phases)
        {
            table.AddRow(phase.Phase, Format.Count(phase.Count), Format.Ms(phase.P50), Format.Ms(phase.P90),
                Format.Ms(phase.P99), Format.Ms(phase.Max), Format.Rate(phase.PerSecond), Kilobytes(phase.AverageBytes));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(result.BudgetMet
            ? $"[green]Budget met[/]: p99 under {CertificateBenchmark.BudgetMs:0} ms per certificate after warm-up."
            : $"[red]Budget missed[/]: p99 not under {CertificateBenchmark.BudgetMs:0} ms per certificate after warm-up.");
    }

    public static string Markdown(CertificateBenchmarkResult result, IReadOnlyList<string> args, MachineInfo machine,
        DateTimeOffset ranAt)
    {
        var text = new StringBuilder();
        text.AppendLine("# Certificate PDF rendering (`sertifikat-pdf`)").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Command: `dotnet run --project load-tests -c Release -- {string.Join(' ', args)}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Date: {ranAt:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Machine: {machine.LogicalCores} cores ({machine.CpuModel ?? "unknown CPU"}), {machine.MemoryGiB} GiB, {machine.Os}, {machine.Runtime}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Font registration: {Format.Ms(result.RegisterMs)} ms; first (cold) render: {Format.Ms(result.ColdMs)} ms");
        text.AppendLine().AppendLine("| Phase | Certificates | p50 ms | p90 ms | p99 ms | max ms | certificates/s | avg KB |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var phase in result.Phases)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {phase.Phase} | {Format.Count(phase.Count)} | {Format.Ms(phase.P50)} | {Format.Ms(phase.P90)} | {Format.Ms(phase.P99)} | {Format.Ms(phase.Max)} | {Format.Rate(phase.PerSecond)} | {Kilobytes(phase.AverageBytes)} |");
        }

        var verdict = result.BudgetMet ? "met" : "missed";
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Budget (under {CertificateBenchmark.BudgetMs:0} ms per certificate after warm-up, judged on p99): **{verdict}**.");
        return text.ToString();
    }

    private static string Kilobytes(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
