namespace Mooc.LoadTests.Reporting;

/// <summary>
/// Creates <c>&lt;reports&gt;/&lt;yyyyMMdd-HHmmss&gt;-&lt;scenario&gt;/</c> before the load starts, so an unwritable
/// location fails in a second rather than after a long run.
/// </summary>
public static class ReportFolder
{
    private const string RepoMarker = "Mooc.sln";

    public static bool TryCreate(string? reportsOption, string scenario, DateTimeOffset startedAt, out string folder, out string? error)
    {
        var root = reportsOption is null ? DefaultRoot() : Path.GetFullPath(reportsOption);
        var name = $"{startedAt.ToLocalTime():yyyyMMdd-HHmmss}-{scenario}";
        folder = Path.Combine(root, name);
        for (var attempt = 2; Directory.Exists(folder); attempt++)
        {
            folder = Path.Combine(root, $"{name}-{attempt}");
        }

        try
        {
            Directory.CreateDirectory(folder);
            error = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error = $"Cannot create the report folder '{folder}': {exception.Message}";
            return false;
        }
    }

    /// <summary>load-tests/reports under the repository root (the folder holding Mooc.sln), else under the current directory.</summary>
    private static string DefaultRoot()
    {
        var repo = FindRepoRoot(Directory.GetCurrentDirectory()) ?? FindRepoRoot(AppContext.BaseDirectory);
        return Path.Combine(repo ?? Directory.GetCurrentDirectory(), "load-tests", "reports");
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RepoMarker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
