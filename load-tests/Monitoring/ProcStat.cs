namespace Mooc.LoadTests.Monitoring;

/// <summary>The fields of <c>/proc/&lt;pid&gt;/stat</c> the monitor needs.</summary>
/// <param name="Comm">The executable name (at most 15 characters), without the parentheses.</param>
/// <param name="CpuTicks">utime + stime of all the process's threads, in clock ticks.</param>
/// <param name="StartTicks">When the process started, in clock ticks after boot; with the pid it names one process.</param>
public readonly record struct ProcStat(string Comm, long CpuTicks, long StartTicks);
