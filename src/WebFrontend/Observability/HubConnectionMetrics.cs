using System.Diagnostics.Metrics;
using Mooc.Infrastructure.Observability;

namespace Mooc.WebFrontend.Observability;

/// <summary><c>mooc.signalr.connections</c>: the hub connections open on this frontend, by hub.</summary>
public sealed class HubConnectionMetrics
{
    private readonly UpDownCounter<long> _connections;

    public HubConnectionMetrics(MoocMeter meter) =>
        _connections = meter.Meter.CreateUpDownCounter<long>("mooc.signalr.connections", "{connection}", "SignalR hub connections open on this frontend");

    public void Opened(string hub) => _connections.Add(1, new KeyValuePair<string, object?>("hub", hub));

    public void Closed(string hub) => _connections.Add(-1, new KeyValuePair<string, object?>("hub", hub));
}
