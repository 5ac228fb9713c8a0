using Microsoft.AspNetCore.SignalR;

namespace Mooc.WebFrontend.Clock;

/// <summary>Tells browsers the server's time; the browser keeps only an offset and never trusts its own clock.</summary>
public sealed class ServerClockHub(TimeProvider time) : Hub
{
    /// <summary>Server time as Unix milliseconds (UTC).</summary>
    public long GetServerTime() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
