using JasperFx.Events.Daemon;
using Marten;
using Marten.Events.Daemon.Coordination;
using Marten.Events.Projections;
using Marten.Storage;
using Npgsql;
using Polly;
using Polly.Retry;
using Weasel.Postgresql;
using IProjectionCoordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Mooc.Silo.EventStore.Daemon;

/// <summary>
/// Marten's hot/cold coordination with one advisory lock for the whole daemon instead of one per projection: the
/// silo that holds <c>DaemonLockId</c> runs every projection, the others none, and when it dies (or loses the lock to
/// a PostgreSQL restart) all projections move together to whichever silo takes the lock next.
/// </summary>
/// <remarks>
/// Marten 9's own hot/cold coordinator (<c>SingleTenantProjectionDistributor</c>) takes one lock per shard in random
/// order, so after a PostgreSQL restart or a silo death the shards end up split over whichever silos polled first:
/// no shard runs twice, but "the" daemon no longer lives on one silo, and two silos both lose and retake locks at each
/// fault. The loop itself (taking the lock, starting agents, stopping them when the lock is held elsewhere) is
/// JasperFx's <see cref="ProjectionCoordinatorBase"/>; this class only gives it a distributor with a single
/// projection set (every shard of the one database) under a single lock, which is what Marten uses for a store with
/// several databases, one lock per database.
/// </remarks>
public sealed class SingleSiloProjectionCoordinator : ProjectionCoordinatorBase, IProjectionCoordinator, IAsyncDisposable
{
    private readonly DocumentStore _store;
    private readonly ILogger _logger;
    private readonly Lock _daemonLock = new();
    private IProjectionDaemon? _daemon;
    private int _disposed;

    public SingleSiloProjectionCoordinator(IDocumentStore store, TimeProvider time, ILogger<SingleSiloProjectionCoordinator> logger)
        : base(DistributorFor((DocumentStore)store, logger), logger, RetryOnDatabaseErrors, time,
            TimeSpan.FromMilliseconds(Settings(store).LeadershipPollingTime), Settings(store).AgentPauseTime,
            Settings(store).HealthCheckPollingTime)
    {
        _store = (DocumentStore)store;
        _logger = logger;
    }

    private static ProjectionOptions Settings(IDocumentStore store) => ((DocumentStore)store).Options.Projections;

    /// <summary>Starting an agent is tried again on a database error, as Marten's own coordinator does (3 times, from 50 ms).</summary>
    private static ResiliencePipeline RetryOnDatabaseErrors { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(),
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(50),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    public override IProjectionDaemon DaemonForMainDatabase() => Daemon();

    public override ValueTask<IProjectionDaemon> DaemonForDatabase(string databaseIdentifier) => ValueTask.FromResult(Daemon());

    public override ValueTask<IReadOnlyList<IProjectionDaemon>> AllDaemonsAsync() =>
        ValueTask.FromResult<IReadOnlyList<IProjectionDaemon>>([Daemon()]);

    protected override IProjectionDaemon ResolveDaemon(IProjectionSet set) => Daemon();

    protected override IReadOnlyList<IProjectionDaemon> ResolvedDaemons()
    {
        lock (_daemonLock)
        {
            return _daemon is null ? [] : [_daemon];
        }
    }

    protected override void ClearResolvedDaemons()
    {
        lock (_daemonLock)
        {
            _daemon = null;
        }
    }

    /// <summary>Stops projecting and frees the lock before the container disposes the store underneath (as Marten's own coordinator does).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await StopAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "The projection coordinator could not be stopped while being disposed");
        }
    }

    /// <summary>
    /// The one daemon of the store's database, created on first use. Marten creates it synchronously in its own
    /// coordinator; through the public API it is a ValueTask whose storage check has already run at start-up.
    /// </summary>
    private IProjectionDaemon Daemon()
    {
        lock (_daemonLock)
        {
            return _daemon ??= _store.BuildProjectionDaemonAsync(logger: _logger).AsTask().GetAwaiter().GetResult();
        }
    }

    private static MultiTenantedProjectionDistributor DistributorFor(DocumentStore store, ILogger logger)
    {
        var options = store.Options;
        return new MultiTenantedProjectionDistributor(
            () => ValueTask.FromResult<IReadOnlyList<IProjectionDatabase>>([(MartenDatabase)store.Storage.Database]),
            () => options.Projections.AllShards().Select(shard => shard.Name),
            database => new AdvisoryLock(((PostgresqlDatabase)database).DataSource, logger, database.Identifier, new AdvisoryLockOptions
            {
                LockMonitoringEnabled = options.Events.UseMonitoredAdvisoryLock,
                TransactionalLockEnabled = options.Events.UseAdvisoryLockTransaction,
                ReleaseTimeout = options.Projections.StopAndDrainTimeout,
            }),
            (database, shards, lockId) => new ProjectionSet(lockId, (MartenDatabase)database, shards),
            options.Projections.DaemonLockId);
    }
}
