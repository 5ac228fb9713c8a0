using Marten;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Silo.Hosting;
using Orleans.Utilities;

namespace Mooc.Silo.Monitoring;

/// <summary>
/// The live board of one training. Reports arrive one-way from the attempts and the frontends; what changed goes
/// out to the watching frontends every <see cref="PushEvery"/> (so 10,000 examinees answering make four pushes a
/// second, not thousands). Profiles (name, NIP, unit) are fetched once per examinee without holding up reports.
/// </summary>
public sealed class ExamMonitorGrain(IDocumentStore store, [FromKeyedServices(DomainClock.Key)] TimeProvider time, ILogger<ExamMonitorGrain> logger)
    : Grain, IExamMonitorGrain
{
    public static readonly TimeSpan PushEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RebuildWindow = TimeSpan.FromDays(1);
    private readonly ExamBoardState _board = new();
    private readonly HashSet<string> _profilesAsked = new(StringComparer.Ordinal);
    private readonly ObserverManager<IExamBoardObserver> _watchers = new(TimeSpan.FromMinutes(5), logger);

    private string CourseCode => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(static (grain, _) => grain.PushAsync(), this, new GrainTimerCreationOptions { DueTime = PushEvery, Period = PushEvery });
        // In a turn of its own, so the first report or page is not held up by the rebuild.
        this.RegisterGrainTimer(static (grain, _) => grain.RebuildAsync(), this, new GrainTimerCreationOptions { DueTime = TimeSpan.Zero, Period = Timeout.InfiniteTimeSpan });
        return Task.CompletedTask;
    }

    public Task ReportAsync(AttemptProgress progress)
    {
        if (_board.Apply(progress))
        {
            AskProfile(progress.Username);
        }

        return Task.CompletedTask;
    }

    public Task ReportConnectionAsync(Guid attemptId, bool online, DateTimeOffset at)
    {
        _board.ApplyConnection(attemptId, online, at);
        return Task.CompletedTask;
    }

    public Task<ExamBoard> GetBoardAsync(ExamBoardQuery query)
    {
        var now = time.GetUtcNow();
        var (rows, matching) = _board.Page(query);
        return Task.FromResult(new ExamBoard(CourseCode, _board.Totals(now, query.SittingId), rows, matching, now));
    }

    public Task<IReadOnlyList<Guid>> ListRunningAsync() => Task.FromResult(_board.Running());

    public Task<IReadOnlyList<Guid>> ListRunningInSittingAsync(Guid sittingId) => Task.FromResult(_board.Running(sittingId));

    public Task WatchAsync(IExamBoardObserver observer)
    {
        _watchers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    private Task PushAsync()
    {
        if (!_board.HasChanges)
        {
            return Task.CompletedTask;
        }

        var changed = _board.TakeChanges();
        if (_watchers.Count > 0)
        {
            var now = time.GetUtcNow();
            var change = new ExamBoardChange(CourseCode, _board.Totals(now), changed, now, _board.SittingTotals(now));
            _watchers.Notify(w => w.OnBoardChangedAsync(change));
        }

        return Task.CompletedTask;
    }

    private void AskProfile(string username)
    {
        if (_profilesAsked.Add(username))
        {
            _ = LoadProfileAsync(username);
        }
    }

    private async Task LoadProfileAsync(string username)
    {
        try
        {
            if (await GrainFactory.GetGrain<IAccountGrain>(username).GetProfileAsync() is { } profile)
            {
                _board.ApplyProfile(profile);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _profilesAsked.Remove(username);
            logger.LogWarning(ex, "Board {Course}: no profile for {Username} yet; asked again on the next report", CourseCode, username);
        }
    }

    /// <summary>
    /// After an activation (a silo restart, a board idle for long): the attempts of this training started in the last
    /// day, each asked where it stands (a report that arrived meanwhile is not newer, so it stays). Whether a page is
    /// connected is not known until the examinee acts or reconnects; until then the row says offline.
    /// </summary>
    private async Task RebuildAsync()
    {
        var since = time.GetUtcNow() - RebuildWindow;
        List<Guid> attempts;
        await using (var session = store.QuerySession())
        {
            attempts = (await session.Events.QueryRawEventDataOnly<ExamStarted>()
                .Where(e => e.CourseCode == CourseCode && e.StartedAt > since)
                .Select(e => e.AttemptId)
                .ToListAsync()).ToList();
        }

        foreach (var chunk in attempts.Chunk(32))
        {
            var progress = await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<IExamAttemptGrain>(id).GetProgressAsync()));
            foreach (var p in progress)
            {
                if (_board.Apply(p, examineeActed: false))
                {
                    AskProfile(p.Username);
                }
            }
        }

        logger.LogInformation("Board {Course} rebuilt from {Attempts} attempts of the last day", CourseCode, attempts.Count);
    }
}
