namespace Mooc.WebFrontend.Observability;

/// <summary>The <c>Operations</c> section of a frontend.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Operations";

    /// <summary>
    /// Serve <c>/metrics</c> to callers from other machines too. Off: only loopback callers get it, anyone else a 404
    /// (behind a reverse proxy on the same machine every caller is loopback: block <c>/metrics</c> at the proxy).
    /// </summary>
    public bool AllowRemoteMetrics { get; set; }
}
