using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mooc.Infrastructure.Database;

/// <summary>
/// Applies the versioned SQL migrations embedded in this assembly, each once and in its own
/// transaction. A PostgreSQL advisory lock serialises silos that start at the same moment.
/// </summary>
public static class DatabaseMigrator
{
    private const long AdvisoryLockKey = 0x4D6F6F634D6967; // "MoocMig"

    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    public static async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "select pg_advisory_lock(@key)", cancellationToken, ("key", AdvisoryLockKey));
        try
        {
            await ExecuteAsync(connection, null, """
                create table if not exists public.mooc_schema_migrations (
                    version integer primary key,
                    name text not null,
                    applied_at timestamptz not null default now())
                """, cancellationToken);

            var applied = await AppliedVersionsAsync(connection, cancellationToken);
            var newlyApplied = new List<string>();
            foreach (var migration in Embedded.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await ExecuteAsync(connection, transaction,
                    "insert into public.mooc_schema_migrations (version, name) values (@version, @name)",
                    cancellationToken, ("version", migration.Version), ("name", migration.Name));
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied database migration {Version} {Name}", migration.Version, migration.Name);
                newlyApplied.Add(migration.Name);
            }

            return newlyApplied;
        }
        finally
        {
            await ExecuteAsync(connection, null, "select pg_advisory_unlock(@key)", CancellationToken.None, ("key", AdvisoryLockKey));
        }
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var versions = new HashSet<int>();
        await using var command = new NpgsqlCommand("select version from public.mooc_schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Migration.FromResource(n, Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
