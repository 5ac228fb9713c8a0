using System.Runtime.InteropServices;

namespace Mooc.LoadTests.Reporting;

/// <summary>The machine the driver ran on; budgets are stated per machine size, so every report carries it.</summary>
public sealed record MachineInfo(string HostName, int LogicalCores, string? CpuModel, double MemoryGiB, string Os, string Architecture, string Runtime)
{
    public static MachineInfo Capture() => new(
        Environment.MachineName,
        Environment.ProcessorCount,
        ReadCpuModel(),
        // The GC's view honours container limits, which is what the run could actually use.
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.OSArchitecture.ToString(),
        RuntimeInformation.FrameworkDescription);

    private static string? ReadCpuModel()
    {
        try
        {
            return File.Exists("/proc/cpuinfo")
                ? File.ReadLines("/proc/cpuinfo")
                    .FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))
                    ?.Split(':', 2)[1].Trim()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
