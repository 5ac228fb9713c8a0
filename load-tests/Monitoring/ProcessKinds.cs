namespace Mooc.LoadTests.Monitoring;

/// <summary>The kinds of process the monitor reports, in report order.</summary>
public static class ProcessKinds
{
    public const string Silo = "silo";
    public const string Frontend = "frontend";
    public const string PostgreSql = "postgresql";
    public const string LoadDriver = "load driver";

    public static IReadOnlyList<string> All { get; } = [Silo, Frontend, PostgreSql, LoadDriver];
}
