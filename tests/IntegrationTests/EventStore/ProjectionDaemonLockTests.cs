using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.EventStore;
using Mooc.TestSupport;
using Npgsql;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Mooc.IntegrationTests.EventStore;

/// <summary>
/// The projection daemon lives on one silo: whoever holds the daemon's one advisory lock runs every projection, every
/// other silo none. Here "another silo" is a test connection holding (or taking) that lock, so the tests can decide
/// who holds it and when.
/// </summary>
public sealed class ProjectionDaemonLockTests : IAsyncLifetime
{
    private static readonly CourseDescription Description = SampleCourses.PengawasanOrangAsing;

    /// <summary>Longer than the coordinators' polling (5 s), so a silo that could take the daemon would have.</summary>
    private static readonly TimeSpan OnePollAndMore = TimeSpan.FromSeconds(8);

    private TestDatabase _db = null!;
    private NpgsqlConnection _otherSilo = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        // Unpooled: closing it ends the session, as a dying silo's would, instead of parking it (and its lock) in the pool.
        _otherSilo = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_db.ConnectionString) { Pooling = false }.ConnectionString);
        await _otherSilo.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        await _otherSilo.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task WhileAnotherSiloHoldsTheDaemon_ThisSiloShouldProjectNothing_ThenEverythingUnderOneLockOnceItDies()
    {
        Assert.True(await ScalarAsync<bool>("select pg_try_advisory_lock(@id)"), "the other silo holds the daemon lock");
        _silo = await InProcessSilo.StartAsync(_db);
        await PublishAsync("PLT-KUNCI-1");
        await Task.Delay(OnePollAndMore);
        Assert.DoesNotContain(await CatalogueAsync(), c => c.Code == "PLT-KUNCI-1");
        Assert.DoesNotContain(Daemon.CurrentAgents(), a => a.Status == AgentStatus.Running);

        // The other silo dies: its session ends and with it the lock.
        await _otherSilo.CloseAsync();
        await Eventually.GetAsync(CatalogueAsync, cards => cards.Any(c => c.Code == "PLT-KUNCI-1"), TimeSpan.FromSeconds(30), "the course in the catalogue");
        var shards = ((DocumentStore)_silo.Services.GetRequiredService<IDocumentStore>()).Options.Projections.AllShards().Count;
        await Eventually.GetAsync(() => Task.FromResult(RunningAgents), n => n == shards,
            TimeSpan.FromSeconds(30), $"all {shards} projections running on this silo");
        Assert.Equal(1, await _db.ScalarAsync<long>(
            $"select count(*) {AdvisoryLocksHeld}"));
    }

    [Fact]
    public async Task SiloThatLostTheDaemonLock_ShouldStopEveryProjection()
    {
        _silo = await InProcessSilo.StartAsync(_db);
        await PublishAsync("PLT-KUNCI-2");
        await Eventually.GetAsync(CatalogueAsync, cards => cards.Any(c => c.Code == "PLT-KUNCI-2"), TimeSpan.FromSeconds(30), "the course in the catalogue");

        // The lock's session ends (as in a PostgreSQL restart) and another silo takes the lock before this one tries again.
        await _db.ExecuteAsync(
            $"select pg_terminate_backend(pid) {AdvisoryLocksHeld} and objid = {EventStoreFeature.DaemonLockId}");
        await Eventually.GetAsync(() => ScalarAsync<bool>("select pg_try_advisory_lock(@id)"), taken => taken, TimeSpan.FromSeconds(10), "the other silo holding the lock");

        await Eventually.GetAsync(() => Task.FromResult(RunningAgents), n => n == 0,
            TimeSpan.FromSeconds(30), "no projection running on the silo that lost the lock");
        await PublishAsync("PLT-KUNCI-3");
        await Task.Delay(OnePollAndMore);
        Assert.DoesNotContain(await CatalogueAsync(), c => c.Code == "PLT-KUNCI-3");
    }

    /// <summary>The advisory locks held in this test's database (the server's <c>pg_locks</c> covers every database).</summary>
    private const string AdvisoryLocksHeld =
        "from pg_locks where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())";

    private int RunningAgents => Daemon.CurrentAgents().Count(a => a.Status == AgentStatus.Running);

    private IProjectionDaemon Daemon => _silo.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();

    private async Task PublishAsync(string code) =>
        Assert.Equal(PublishOutcome.Published, await _silo.Grains().GetGrain<ICourseGrain>(code).PublishAsync(Description));

    private Task<IReadOnlyList<CourseCard>> CatalogueAsync() =>
        _silo.Grains().GetGrain<ICatalogQueryGrain>(0).ListPublishedCoursesAsync(CatalogFilter.All);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _otherSilo);
        command.Parameters.AddWithValue("id", (long)EventStoreFeature.DaemonLockId);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
