namespace Mooc.LoadTests.Accounts;

/// <summary>Reads a <c>username;password</c> CSV (an optional header line starting with "username" is skipped).</summary>
public static class AccountsFile
{
    /// <returns>Null when the file was read; otherwise what to tell the user.</returns>
    public static string? TryLoad(string path, out IReadOnlyList<LearnerAccount> accounts)
    {
        accounts = [];
        if (!File.Exists(path))
        {
            return $"--accounts file '{path}' does not exist.";
        }

        var list = new List<LearnerAccount>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || (lineNumber == 1 && line.StartsWith("username", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var parts = line.Split(';');
            if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                return $"--accounts file '{path}', line {lineNumber}: expected 'username;password'.";
            }

            list.Add(new LearnerAccount(parts[0].Trim(), parts[1].Trim()));
        }

        accounts = list;
        return list.Count == 0 ? $"--accounts file '{path}' holds no accounts." : null;
    }
}
