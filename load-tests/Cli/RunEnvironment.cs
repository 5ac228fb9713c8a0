namespace Mooc.LoadTests.Cli;

/// <summary>Where the product's database is when the command line does not say: the environment, or <c>./mooc run</c>'s note.</summary>
public static class RunEnvironment
{
    private const string Variable = "ConnectionStrings__Mooc";

    /// <returns>The connection string and where it came from, or (null, null).</returns>
    public static (string? ConnectionString, string? Source) FindConnectionString()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } fromEnvironment)
        {
            return (fromEnvironment, Variable);
        }

        var runEnv = FindRunEnv(Directory.GetCurrentDirectory()) ?? FindRunEnv(AppContext.BaseDirectory);
        if (runEnv is null)
        {
            return (null, null);
        }

        var line = File.ReadLines(runEnv).FirstOrDefault(l => l.StartsWith(Variable + "=", StringComparison.Ordinal));
        return line is null ? (null, null) : (Unquote(line[(Variable.Length + 1)..]), runEnv);
    }

    /// <summary>Undoes bash's <c>printf %q</c> for the characters a connection string holds (backslash escapes, or $'…').</summary>
    public static string Unquote(string value)
    {
        if (value.StartsWith("$'", StringComparison.Ordinal) && value.EndsWith('\''))
        {
            value = value[2..^1];
        }
        else if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1];
        }

        var result = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            result.Append(value[i]);
        }

        return result.ToString();
    }

    private static string? FindRunEnv(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".local", "run.env");
            if (File.Exists(Path.Combine(dir.FullName, "Mooc.sln")))
            {
                return File.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
