using System.Globalization;
using System.Text;

namespace Mooc.LoadTests.Monitoring;

/// <summary>
/// Reads every followed process from <c>/proc</c>: the stat line of every pid, and the memory of the followed ones.
/// A process's kind is remembered per (pid, start time, comm), so its command line is read once, and again after an exec.
/// </summary>
internal sealed class ProcScanner(int selfPid, int pageSize)
{
    public const string Root = "/proc";

    /// <summary>Linux's USER_HZ on x86-64 and arm64, if the auxiliary vector cannot be read.</summary>
    private const int DefaultClockTicks = 100;

    private readonly byte[] buffer = new byte[4096];
    private Dictionary<(int Pid, long StartTicks, string Comm), string?> kinds = [];

    public static bool IsAvailable => OperatingSystem.IsLinux() && Directory.Exists(Root);

    /// <summary>sysconf(_SC_CLK_TCK) as the C library gets it, from <c>/proc/self/auxv</c>; 100 when that fails.</summary>
    public static int ReadClockTicksPerSecond()
    {
        try
        {
            return ProcParser.ParseAuxvClockTicks(File.ReadAllBytes(Root + "/self/auxv"), IntPtr.Size) ?? DefaultClockTicks;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DefaultClockTicks;
        }
    }

    /// <summary>The followed processes now; a process that ends while it is being read is left out.</summary>
    public List<ProcessReading> Scan()
    {
        var readings = new List<ProcessReading>();
        var seen = new Dictionary<(int Pid, long StartTicks, string Comm), string?>(kinds.Count);
        foreach (var directory in Directory.EnumerateDirectories(Root))
        {
            if (!int.TryParse(directory.AsSpan(Root.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (Read(pid, directory, seen) is { } reading)
                {
                    readings.Add(reading);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone (or hidden) between the listing and the read.
            }
        }

        kinds = seen;
        return readings;
    }

    private ProcessReading? Read(int pid, string directory, Dictionary<(int Pid, long StartTicks, string Comm), string?> seen)
    {
        if (ProcParser.ParseStat(ReadSmall(directory + "/stat")) is not { } stat)
        {
            return null;
        }

        var key = (pid, stat.StartTicks, stat.Comm);
        if (!kinds.TryGetValue(key, out var kind))
        {
            var arguments = ProcParser.ParseCmdline(File.ReadAllText(directory + "/cmdline"));
            kind = ProcessClassifier.Classify(pid, selfPid, arguments, stat.Comm);
        }

        seen[key] = kind;
        if (kind is null)
        {
            return null;
        }

        var rss = ProcParser.ParseStatmRssBytes(ReadSmall(directory + "/statm"), pageSize) ?? 0;
        return new ProcessReading(pid, stat.StartTicks, kind, stat.CpuTicks, rss);
    }

    /// <summary>A one-line /proc file, without the allocations of a stream and reader.</summary>
    private string ReadSmall(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.Read(handle, buffer, 0);
        return Encoding.UTF8.GetString(buffer, 0, length);
    }
}
