using System.Globalization;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// Which process runs the projection daemon: Marten's hot/cold mode holds a PostgreSQL advisory lock per projection on
/// one connection of the silo that projects (the only advisory locks a running cluster holds; migrations take one only
/// while a silo starts). PostgreSQL names the locks' client port; /proc names the process that owns that socket.
/// </summary>
public static class DaemonLockHolder
{
    /// <returns>The PIDs among <paramref name="candidates"/> whose connections hold the daemon's locks (one, when all is well).</returns>
    public static async Task<IReadOnlyList<int>> FindAsync(TestDatabase database, IEnumerable<int> candidates)
    {
        var ports = new List<int>();
        await using (var connection = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                """
                select distinct a.client_port from pg_locks l join pg_stat_activity a on a.pid = l.pid
                where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ports.Add(reader.GetInt32(0));
            }
        }

        var inodes = ports.SelectMany(SocketInodes).ToHashSet();
        return [.. candidates.Where(pid => OwnsAny(pid, inodes))];
    }

    /// <summary>Inodes of the local TCP sockets bound to <paramref name="port"/> (/proc/net/tcp and tcp6: hex port, inode in column 10).</summary>
    private static IEnumerable<string> SocketInodes(int port)
    {
        var hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (columns.Length > 9 && columns[1].EndsWith($":{hexPort}", StringComparison.Ordinal))
                {
                    yield return columns[9];
                }
            }
        }
    }

    private static bool OwnsAny(int pid, HashSet<string> inodes)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/fd").EnumerateFileSystemInfos()
                .Select(fd => fd.LinkTarget)
                .Any(target => target is not null && target.StartsWith("socket:[", StringComparison.Ordinal) && inodes.Contains(target[8..^1]));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
