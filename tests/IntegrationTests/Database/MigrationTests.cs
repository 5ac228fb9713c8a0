using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Mooc.Infrastructure.Database;
using Mooc.TestSupport;
using Npgsql;

namespace Mooc.IntegrationTests.Database;

public sealed class MigrationTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Migrations_AppliedTwiceAndConcurrently_ShouldApplyEachOnceAndLoadEveryOrleansQuery()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            DatabaseMigrator.MigrateAsync(_db.ConnectionString, NullLogger.Instance, CancellationToken.None)));
        var again = await DatabaseMigrator.MigrateAsync(_db.ConnectionString, NullLogger.Instance, CancellationToken.None);

        Assert.Equal(DatabaseMigrator.Embedded.Count, runs.Sum(r => r.Count));
        Assert.Empty(again);
        Assert.Equal(DatabaseMigrator.Embedded.Count, await _db.ScalarAsync<long>("select count(*) from public.mooc_schema_migrations"));
        // 10 clustering (one optional) + 4 persistence + 7 reminders.
        Assert.Equal(21, await _db.ScalarAsync<long>("select count(*) from orleans.orleansquery"));
    }

    [Fact]
    public async Task OrleansSqlContractCheck_ShouldPassAgainstTheMigratedSchema()
    {
        await DatabaseMigrator.MigrateAsync(_db.ConnectionString, NullLogger.Instance, CancellationToken.None);
        var b = new NpgsqlConnectionStringBuilder(_db.ConnectionString);
        var script = Path.Combine(RepoPaths.Root, "tests", "sql", "orleans_contract_check.sql");
        var info = new ProcessStartInfo("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", b.Host!, "-p", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", b.Username!, "-d", b.Database!, "-f", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var psql = Process.Start(info)!;
        var output = psql.StandardOutput.ReadToEndAsync();
        var errors = psql.StandardError.ReadToEndAsync();
        await psql.WaitForExitAsync();

        Assert.True(psql.ExitCode == 0, $"psql exited {psql.ExitCode}:\n{await errors}\n{await output}");
    }
}
