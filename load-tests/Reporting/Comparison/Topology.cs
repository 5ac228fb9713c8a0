using System.Globalization;
using Mooc.LoadTests.Monitoring;

namespace Mooc.LoadTests.Reporting.Comparison;

/// <summary>A run's topology in words: its --label, else the silos and frontends the process monitor saw, else "unknown".</summary>
public static class Topology
{
    public static string Of(RunReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.Settings.Label))
        {
            return report.Settings.Label;
        }

        var silos = Count(report, ProcessKinds.Silo);
        var frontends = Count(report, ProcessKinds.Frontend);
        return silos + frontends == 0
            ? "unknown topology"
            : $"{Plural(silos, "silo")} + {Plural(frontends, "frontend")}";
    }

    private static int Count(RunReport report, string kind) => report.Processes.FirstOrDefault(p => p.Name == kind)?.Processes ?? 0;

    private static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
