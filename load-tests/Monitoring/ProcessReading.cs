namespace Mooc.LoadTests.Monitoring;

/// <summary>One followed process at one sampling moment.</summary>
/// <param name="StartTicks">The process's start time (stat field 22); with <paramref name="Pid"/> it tells a reused pid apart.</param>
/// <param name="CpuTicks">utime + stime so far, in clock ticks.</param>
public readonly record struct ProcessReading(int Pid, long StartTicks, string Kind, long CpuTicks, long RssBytes);
