using Microsoft.Extensions.Logging.Abstractions;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Hosting;
using Mooc.Silo.EventStore;
using Mooc.Silo.Integrity;
using Npgsql;

namespace Mooc.Silo.Operations;

/// <summary>
/// <c>Mooc.Silo verify-attempts [ATTEMPT-ID ...]</c>: recomputes the hash chain of the given attempts (every stored
/// attempt when none is given) and says which are intact and, for the others, the first event that breaks the chain.
/// Only reads, so it may run beside a running cluster. Exit code 0 when every checked attempt is intact, 2 when one is
/// not (or an id is unknown).
/// </summary>
public static class VerifyAttemptsCommand
{
    public const string Name = "verify-attempts";

    public const int NotIntact = 2;

    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync(Name, async () =>
    {
        var ids = ParseIds(args);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter("Marten", LogLevel.Warning);
        var connectionString = ConnectionStrings.Resolve(builder.Configuration);
        await DatabaseReachability.EnsureReachableAsync(connectionString, CancellationToken.None);
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance, CancellationToken.None);
        builder.Services.AddEventStore(connectionString, runDaemon: false);
        using var host = builder.Build();
        await host.StartAsync();

        var check = host.Services.GetRequiredService<AttemptIntegrityCheck>();
        var listAll = ids.Count == 0;
        if (listAll)
        {
            ids = await AllAttemptIdsAsync(connectionString);
        }

        var (intact, broken) = (0, 0);
        foreach (var id in ids)
        {
            var report = await check.CheckAsync(id);
            if (report is { Intact: true })
            {
                intact++;
            }
            else
            {
                broken++;
            }

            if (!listAll || report is not { Intact: true })
            {
                Console.WriteLine(Describe(id, report));
            }
        }

        Console.WriteLine($"Checked {ids.Count} attempt(s): {intact} intact, {broken} not intact.");
        await host.StopAsync();
        return broken == 0 ? 0 : NotIntact;
    });

    /// <summary>One line for an operator: the verdict and, when broken, the event by its number and stored type.</summary>
    public static string Describe(Guid id, AttemptIntegrityReport? report) => report switch
    {
        null => $"attempt {id:N}: not found (no exam was started with this id)",
        { Intact: true } => $"attempt {id:N}: intact, {report.Events} events, final digest {report.FinalDigest}",
        _ => $"attempt {id:N}: NOT INTACT at event {report.BrokenVersion} ({report.BrokenEventType}): {Reason(report.Break)}",
    };

    private static string Reason(ChainBreak broken) => broken switch
    {
        ChainBreak.ContentAltered => "its content was changed after it was stored",
        ChainBreak.LinkBroken => "it no longer follows the event before it (an event was removed, inserted or rewritten)",
        ChainBreak.EventMissing => "an event before it was deleted",
        ChainBreak.Unchained => "it carries no chain digest",
        ChainBreak.CertificateMismatch => "the certificate records another digest than the chain had",
        _ => broken.ToString(),
    };

    private static List<Guid> ParseIds(string[] args)
    {
        var ids = new List<Guid>(args.Length);
        foreach (var arg in args)
        {
            if (!Guid.TryParse(arg, out var id))
            {
                throw new StartupException($"'{arg}' is not an attempt id (a GUID, as on the admin's attempt page). Usage: {Name} [ATTEMPT-ID ...]");
            }

            ids.Add(id);
        }

        return ids;
    }

    private static async Task<List<Guid>> AllAttemptIdsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select id from {ConnectionStrings.MartenSchema}.mt_streams where id like 'attempt:%' order by created, id", connection);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (Guid.TryParseExact(reader.GetString(0)["attempt:".Length..], "N", out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
