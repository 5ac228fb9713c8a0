namespace Mooc.LoadTests.Monitoring;

/// <summary>
/// Names the kind of a process (<see cref="ProcessKinds"/>) from its command line and comm, or null for a process
/// the report does not follow (the SDK, test hosts, build servers, the rest of the machine).
/// </summary>
public static class ProcessClassifier
{
    private const string SiloName = "Mooc.Silo";
    private const string FrontendName = "Mooc.WebFrontend";
    private const string DotnetHost = "dotnet";
    private const string PostgresComm = "postgres";

    /// <param name="pid">The process.</param>
    /// <param name="selfPid">The load driver's own process: always <see cref="ProcessKinds.LoadDriver"/>, whatever it runs.</param>
    /// <param name="arguments">The NUL-separated <c>/proc/&lt;pid&gt;/cmdline</c>, split (<see cref="ProcParser.ParseCmdline"/>).</param>
    /// <param name="comm">The executable name of <c>/proc/&lt;pid&gt;/comm</c> (or of the stat line).</param>
    public static string? Classify(int pid, int selfPid, IReadOnlyList<string> arguments, string comm)
    {
        if (pid == selfPid)
        {
            return ProcessKinds.LoadDriver;
        }

        if (Runs(arguments, SiloName))
        {
            return ProcessKinds.Silo;
        }

        if (Runs(arguments, FrontendName))
        {
            return ProcessKinds.Frontend;
        }

        // PostgreSQL rewrites its command line to "postgres: user db host state"; comm stays the binary's name.
        return comm.StartsWith(PostgresComm, StringComparison.Ordinal) ? ProcessKinds.PostgreSql : null;
    }

    /// <summary>
    /// The app host (<c>…/Mooc.Silo</c>) or the dotnet host running the app's dll (<c>dotnet …/Mooc.Silo.dll</c>).
    /// Only the dotnet host counts for the dll, so that e.g. <c>timeout 60 dotnet Mooc.Silo.dll</c> is one silo, not two.
    /// </summary>
    private static bool Runs(IReadOnlyList<string> arguments, string app)
    {
        if (arguments.Count == 0)
        {
            return false;
        }

        var executable = Path.GetFileName(arguments[0]);
        if (executable == app)
        {
            return true;
        }

        if (executable != DotnetHost)
        {
            return false;
        }

        var dll = app + ".dll";
        for (var i = 1; i < arguments.Count; i++)
        {
            if (Path.GetFileName(arguments[i]) == dll)
            {
                return true;
            }
        }

        return false;
    }
}
