using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Mooc.WebFrontend.Hosting.Proxy;

/// <summary>
/// Warns (at most once a minute) when <c>X-Forwarded-For</c> arrives from an address the frontend does not believe: most
/// likely a load balancer on another machine that is not named in <see cref="ProxyOptions"/>. Its header is ignored,
/// so every examinee behind it counts as the balancer's address, and a mass exam shares one sign-in limit. Runs before
/// the forwarded headers are applied, on the address the request really came from.
/// </summary>
public sealed class UntrustedForwardingWarning(
    RequestDelegate next, IOptions<ForwardedHeadersOptions> forwarding, TimeProvider time, ILogger<UntrustedForwardingWarning> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private long _quietUntilTicks;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
            && context.Connection.RemoteIpAddress is { } from && !IsBelieved(from))
        {
            Warn(from);
        }

        return next(context);
    }

    private bool IsBelieved(IPAddress address)
    {
        var options = forwarding.Value;
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return options.KnownProxies.Contains(address) || options.KnownProxies.Contains(plain)
            || options.KnownIPNetworks.Any(network => network.Contains(plain));
    }

    private void Warn(IPAddress from)
    {
        var now = time.GetUtcNow().UtcTicks;
        var quietUntil = Interlocked.Read(ref _quietUntilTicks);
        if (now < quietUntil || Interlocked.CompareExchange(ref _quietUntilTicks, now + Interval.Ticks, quietUntil) != quietUntil)
        {
            return;
        }

        logger.LogWarning(
            "A request from {Address} carried X-Forwarded-For, which was ignored: {Address} is not a believed proxy. If it is "
            + "your load balancer, every client behind it counts as {Address} (one sign-in limit for all of them); name it in "
            + "{Section}__KnownProxies__0 or {Section}__KnownNetworks__0. (At most one such warning a minute.)",
            from, from, from, ProxyOptions.Section, ProxyOptions.Section);
    }
}
