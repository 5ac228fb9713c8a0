namespace Mooc.LoadTests.Reporting.Data;

/// <summary>
/// CPU and memory of one kind of process on this machine during the load (silo, frontend, PostgreSQL, the driver).
/// CPU is in percent of one core (200 = both cores of a 2-core machine); several processes of a kind are added up.
/// </summary>
public sealed record ProcessUsage(string Name, int Processes, double CpuAvgPercent, double CpuMaxPercent, double RssAvgMiB, double RssMaxMiB);
