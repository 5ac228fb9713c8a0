namespace Mooc.WebFrontend.Hosting.Proxy;

/// <summary>
/// The <c>Proxy</c> section: the load balancers whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the frontend
/// believes. Proxies on this machine (loopback) are always believed; a balancer elsewhere must be named here, or the
/// frontend sees every examinee at the balancer's address (one sign-in limit for the whole site).
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the balancers, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the balancers are in, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
