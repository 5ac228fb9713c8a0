using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mooc.WebFrontend.Hosting.Proxy;

/// <summary>
/// Behind a load balancer the client's address and scheme come from the balancer's forwarded headers: the sign-in and
/// captcha limits count per examinee's address (not per balancer), <c>/metrics</c> stays refused to remote callers, and
/// behind TLS termination the request is seen as <c>https</c> (secure cookies, HSTS, the hubs' own origin). Only the
/// last hop is taken, and only from a believed proxy (<see cref="ProxyOptions"/>); from anyone else the headers are ignored.
/// </summary>
public static class ProxyFeature
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        var proxies = proxy.KnownProxies.Select(p => IPAddress.TryParse(p, out var address)
            ? address
            : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownProxies has '{p}', which is not an IP address")).ToList();
        var networks = proxy.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n, out var network)
            ? network
            : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownNetworks has '{n}', which is not a network such as 10.0.0.0/24")).ToList();
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            // The defaults (loopback) stay: a balancer on this machine is believed without configuration.
            foreach (var address in proxies)
            {
                options.KnownProxies.Add(address);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, so everything after it sees the client's address and scheme. A forwarded header from an
    /// address not believed is logged first (<see cref="UntrustedForwardingWarning"/>).
    /// </summary>
    public static IApplicationBuilder UseProxySupport(this IApplicationBuilder app)
    {
        app.UseMiddleware<UntrustedForwardingWarning>();
        app.UseForwardedHeaders();
        return app;
    }
}
