using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Orleans;
using Mooc.Silo.Catalog;
using Mooc.Silo.Certificates;
using Mooc.Silo.EventStore;
using Mooc.Silo.Learning;
using Mooc.Silo.News;
using Npgsql;

namespace Mooc.Silo.Operations;

/// <summary>
/// <c>Mooc.Silo rebuild-projections</c>: throws every read model away and projects it again from the events.
/// Refuses while a silo of the cluster is running, because its projection daemon would race the rebuild.
/// </summary>
public static class RebuildProjectionsCommand
{
    public const string Name = "rebuild-projections";

    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync(Name, async () =>
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        var connectionString = ConnectionStrings.Resolve(builder.Configuration);
        var orleans = OrleansSettings.From(builder.Configuration);
        await DatabaseReachability.EnsureReachableAsync(connectionString, CancellationToken.None);
        await DatabaseMigrator.MigrateAsync(connectionString, NullLogger.Instance, CancellationToken.None);
        if (await ActiveSilosAsync(connectionString, orleans.ClusterId) is > 0 and var active)
        {
            throw new StartupException($"{active} silo(s) of cluster '{orleans.ClusterId}' are running; stop them first, then rebuild.");
        }

        builder.Services.AddEventStore(connectionString, runDaemon: false);
        builder.Services.AddCatalog();
        builder.Services.AddLearning();
        builder.Services.AddCertificateReadModel();
        builder.Services.AddNews();
        using var host = builder.Build();
        await host.StartAsync();
        var rebuilder = host.Services.GetRequiredService<ProjectionRebuilder>();
        var watch = Stopwatch.StartNew();
        await rebuilder.RebuildAllAsync(CancellationToken.None);
        Console.WriteLine($"Rebuilt {rebuilder.ProjectionNames.Count} projections ({string.Join(", ", rebuilder.ProjectionNames)}) in {watch.Elapsed.TotalSeconds:0.0} s.");
        await host.StopAsync();
        return 0;
    });

    private static async Task<long> ActiveSilosAsync(string connectionString, string clusterId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from orleans.orleansmembershiptable where deploymentid = @cluster and status = 3 and iamalivetime > now() - interval '2 minutes'", connection);
        command.Parameters.AddWithValue("cluster", clusterId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
