using System.Diagnostics.Metrics;
using Mooc.Grains.Abstractions.Operations;
using Mooc.Infrastructure.Observability;

namespace Mooc.Silo.Observability;

/// <summary>
/// <c>mooc.projection.lag.events</c> and <c>mooc.projection.lag</c> (seconds): how far the slowest read model is
/// behind the event log, from the same status <c>/health</c> reads. Cluster-wide, so every silo reports the same
/// figure. A scrape reads it at most every <see cref="MaxAge"/>; a stale figure is refreshed within the scrape
/// (waiting up to <see cref="MaxWait"/>), so the database is asked at most once per few seconds however often it is scraped.
/// </summary>
public sealed class ProjectionLagMetrics
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    /// <summary>A figure older than this (the status could not be read since) is no longer reported.</summary>
    public static readonly TimeSpan DropAfter = TimeSpan.FromMinutes(1);

    private readonly IGrainFactory _grains;
    private readonly TimeProvider _time;
    private readonly ILogger<ProjectionLagMetrics> _logger;
    private readonly Lock _gate = new();
    private ProjectionStatus? _status;
    private DateTimeOffset _readAt;
    private Task? _refresh;

    public ProjectionLagMetrics(MoocMeter meter, IGrainFactory grains, TimeProvider time, ILogger<ProjectionLagMetrics> logger)
    {
        _grains = grains;
        _time = time;
        _logger = logger;
        meter.Meter.CreateObservableGauge("mooc.projection.lag.events", () => Observe(s => s.LagEvents), "{event}",
            "Events the slowest projection has not processed yet");
        meter.Meter.CreateObservableGauge("mooc.projection.lag", () => Observe(s => s.LagAt(_time.GetUtcNow()).TotalSeconds), "s",
            "How long the oldest event the slowest projection has not processed has been waiting");
    }

    private IEnumerable<Measurement<T>> Observe<T>(Func<ProjectionStatus, T> read)
        where T : struct => Current() is { } status ? [new Measurement<T>(read(status))] : [];

    private ProjectionStatus? Current()
    {
        Task refresh;
        lock (_gate)
        {
            if (_status is not null && _time.GetUtcNow() - _readAt < MaxAge)
            {
                return _status;
            }

            refresh = _refresh ??= Task.Run(RefreshAsync);
        }

        // The scrape's own thread, never a grain's: waiting here holds up only this scrape.
        refresh.Wait(MaxWait);
        lock (_gate)
        {
            return _status is not null && _time.GetUtcNow() - _readAt < DropAfter ? _status : null;
        }
    }

    private async Task RefreshAsync()
    {
        try
        {
            var status = await _grains.GetGrain<IProjectionStatusGrain>(0).GetStatusAsync();
            lock (_gate)
            {
                _status = status;
                _readAt = _time.GetUtcNow();
            }
        }
        catch (Exception ex)
        {
            _logger.LogWarning("Projection lag cannot be read for the metrics: {Error}", ex.Message);
        }
        finally
        {
            lock (_gate)
            {
                _refresh = null;
            }
        }
    }
}
