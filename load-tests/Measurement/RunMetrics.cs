namespace Mooc.LoadTests.Measurement;

/// <summary>Everything one run measures, shared by all virtual users.</summary>
public sealed class RunMetrics
{
    public TimingRecorder HttpGet { get; } = new(MeasureNames.HttpGet);

    public TimingRecorder HubConnect { get; } = new(MeasureNames.HubConnect);

    public TimingRecorder HubInvoke { get; } = new(MeasureNames.HubInvoke);

    public TimingRecorder ClockDrift { get; } = new(MeasureNames.ClockDrift);

    public ErrorCounter Errors { get; } = new();

    /// <summary>HTTP requests completed, successful or not.</summary>
    public Counter HttpRequests { get; } = new();

    /// <summary>Hub invocations completed, successful or not.</summary>
    public Counter HubInvocations { get; } = new();

    /// <summary>Hub connection attempts, successful or not.</summary>
    public Counter HubConnects { get; } = new();

    public Counter ActiveUsers { get; } = new();

    public long Requests => HttpRequests.Value + HubInvocations.Value;

    public IReadOnlyList<TimingRecorder> Timings => [HttpGet, HubConnect, HubInvoke, ClockDrift];
}
