using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using JasperFx;
using Microsoft.Extensions.Logging;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Operations;
using Mooc.Infrastructure.Observability;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.EventStore.Daemon;
using Mooc.TestSupport;
using Npgsql;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Mooc.IntegrationTests.EventStore;

/// <summary>
/// A projection agent stopped because another node wrote its progress first (what a PostgreSQL restart can cause:
/// the locks are freed while their old holder still projects, and a second silo takes them) must not leave its read
/// model behind for good: Marten never starts a stopped agent again, the silo's watchdog does.
/// </summary>
public sealed class StrandedShardTests : IAsyncLifetime
{
    private const string Shard = "CourseCatalogEntry:All";

    private static readonly CourseDescription Description = SampleCourses.PengawasanOrangAsing;

    private readonly CapturedLogs _logs = new();
    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db, services: s => s.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task AgentStoppedByAnotherWriterOfItsProgress_ShouldBeRestartedAndTheCatalogueFollowAgain()
    {
        var restarts = new ConcurrentQueue<string>();
        using var listener = ListenToRestarts(restarts);
        await PublishAndSeeAsync("PLT-UJI-101");

        // Another node commits this shard's progress while the silo's agent is committing the same range: the agent's
        // own update then finds its floor gone, fails with ProgressionProgressOutOfOrderException and stops.
        await using (var otherNode = new NpgsqlConnection(_db.ConnectionString))
        {
            await otherNode.OpenAsync();
            await using var transaction = await otherNode.BeginTransactionAsync();
            await ExecuteAsync(otherNode, $"select last_seq_id from mooc.mt_event_progression where name = '{Shard}' for update");
            await Grains.GetGrain<ICourseGrain>("PLT-UJI-102").PublishAsync(Description with { Title = "Kursus yang diproyeksikan node lain" });
            await Eventually.GetAsync(
                () => _db.ScalarAsync<long>(
                    "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%update mooc.mt_event_progression%'"),
                n => n == 1, TimeSpan.FromSeconds(30), "the silo's agent waiting to write its progress");
            await ExecuteAsync(otherNode, $"update mooc.mt_event_progression set last_seq_id = (select max(seq_id) from mooc.mt_events) where name = '{Shard}'");
            await transaction.CommitAsync();
        }

        // Without the watchdog the agent stays stopped and nothing published from now on reaches the catalogue.
        await PublishAndSeeAsync("PLT-UJI-103", within: StrandedShardRule.StoppedFor + TimeSpan.FromSeconds(40));

        var warning = Assert.Single(_logs.Lines, l => l.Level == LogLevel.Warning && l.Category == typeof(StrandedShardWatchdog).FullName);
        Assert.Contains($"Projection {Shard} has been Stopped", warning.Message, StringComparison.Ordinal);
        Assert.Equal([$"{Shard} Stopped"], restarts);
        var daemon = _silo.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        Assert.Equal(AgentStatus.Running, daemon.StatusFor(Shard));
        await Eventually.GetAsync(() => Grains.GetGrain<IProjectionStatusGrain>(0).GetStatusAsync(), s => s.LagEvents == 0,
            TimeSpan.FromSeconds(30), "every projection caught up");
    }

    private IGrainFactory Grains => _silo.Grains();

    private async Task PublishAndSeeAsync(string code, TimeSpan? within = null)
    {
        Assert.Equal(PublishOutcome.Published, await Grains.GetGrain<ICourseGrain>(code).PublishAsync(Description));
        await Eventually.GetAsync(
            () => Grains.GetGrain<ICatalogQueryGrain>(0).ListPublishedCoursesAsync(CatalogFilter.All),
            cards => cards.Any(c => c.Code == code), within ?? TimeSpan.FromSeconds(30), $"{code} in the catalogue");
    }

    /// <summary>Listens to <c>mooc.projection.shard.restarts</c> of this test's silo only (other tests' hosts have their own meter).</summary>
    private MeterListener ListenToRestarts(ConcurrentQueue<string> restarts)
    {
        var meter = _silo.Services.GetRequiredService<MoocMeter>().Meter;
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == meter && instrument.Name == "mooc.projection.shard.restarts")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var tag = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            restarts.Enqueue($"{tag["shard"]} {tag["status"]}");
        });
        listener.Start();
        return listener;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
