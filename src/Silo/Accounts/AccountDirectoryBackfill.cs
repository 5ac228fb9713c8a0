using Marten;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Infrastructure.Database;
using Npgsql;

namespace Mooc.Silo.Accounts;

/// <summary>
/// At silo start-up, puts into the directory every account whose grain state exists but whose entry does not (accounts
/// made before the directory existed): one anti-join of the grain storage table with the directory table, then one
/// <see cref="IAccountGrain.SyncDirectoryAsync"/> per missing account. Idempotent; when nothing is missing it costs the one
/// query. Every silo may run it; two at once only write the same entries twice.
/// </summary>
public sealed class AccountDirectoryBackfill(IGrainFactory grains, IDocumentStore store, ILogger<AccountDirectoryBackfill> logger) : IHostedService
{
    private const int Parallelism = 8;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var missing = await MissingAsync(cancellationToken);
            await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                async (username, _) => await grains.GetGrain<IAccountGrain>(username).SyncDirectoryAsync());
            if (missing.Count > 0)
            {
                logger.LogInformation("Account directory: {Count} existing accounts added", missing.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not worth failing a silo for: each of these accounts is also added at its next activation.
            logger.LogWarning(ex, "Account directory back-fill did not finish");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<List<string>> MissingAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var connection = (NpgsqlConnection)session.Connection!;
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            $"""
            select s.grainidextensionstring from orleans.orleansstorage s
            where s.graintypestring = 'account' and s.grainidextensionstring is not null
              and not exists (select 1 from {ConnectionStrings.MartenSchema}.mt_doc_accountdirectoryentry d where d.id = s.grainidextensionstring)
            """, connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
