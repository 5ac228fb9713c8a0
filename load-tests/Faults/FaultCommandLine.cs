namespace Mooc.LoadTests.Faults;

/// <summary>
/// The program a fault runs: <c>--fault-command</c> split on whitespace (no quoting), or by default
/// <c>bash &lt;repo&gt;/mooc fault</c>, the repository being the folder above <c>load-tests/</c> that holds <c>mooc</c>.
/// </summary>
public static class FaultCommandLine
{
    private const string Script = "mooc";

    /// <returns>Null and the command's words, or what went wrong.</returns>
    public static string? TryResolve(string? given, out IReadOnlyList<string> command)
    {
        if (given is not null)
        {
            command = Split(given);
            return command.Count == 0 ? "--fault-command needs a program." : null;
        }

        var repo = FindRepo(Directory.GetCurrentDirectory()) ?? FindRepo(AppContext.BaseDirectory);
        command = repo is null ? [] : ["bash", Path.Combine(repo, Script), "fault"];
        return repo is null
            ? "--fault needs the repository's 'mooc' script (not found above the current directory or the driver); pass --fault-command."
            : null;
    }

    public static IReadOnlyList<string> Split(string command) =>
        command.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string? FindRepo(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Script)) && Directory.Exists(Path.Combine(dir.FullName, "load-tests")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
