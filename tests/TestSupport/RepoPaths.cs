namespace Mooc.TestSupport;

/// <summary>Finds the repository and the built product next to the test assemblies.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration these tests were built with.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string SiloDll => Built("src/Silo", "Mooc.Silo.dll");

    public static string FrontendDll => Built("src/WebFrontend", "Mooc.WebFrontend.dll");

    /// <summary>The load driver (load-tests/), built with the solution.</summary>
    public static string LoadDriverDll => Built("load-tests", "Mooc.LoadTests.dll");

    /// <param name="project">The project's folder under the repository root.</param>
    private static string Built(string project, string dll)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{dll} is not built; build the solution in {Configuration} first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mooc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Mooc.sln not found above " + AppContext.BaseDirectory);
    }
}
