using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Mooc.TestSupport;
using Mooc.WebFrontend.Hosting.Proxy;

namespace Mooc.UnitTests.Hosting;

/// <summary>
/// The frontend's proxy handling (<see cref="ProxyFeature.UseProxySupport"/>) on ASP.NET Core's test server, where a
/// test can set the address a request comes from: a balancer on another machine that nobody named must show in the
/// log, since every examinee behind it would share its address.
/// </summary>
public sealed class UntrustedForwardingWarningTests : IAsyncLifetime
{
    private const string Balancer = "10.0.0.5";
    private const string Examinee = "203.0.113.7";

    private readonly CapturedLogs _logs = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-07T08:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{ProxyOptions.Section}:KnownProxies:0"] = Balancer });
        builder.Logging.ClearProviders().AddProvider(_logs);
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddProxySupport(builder.Configuration);
        _app = builder.Build();
        _app.UseProxySupport();
        _app.Run(context => context.Response.WriteAsync(context.Connection.RemoteIpAddress?.ToString() ?? "?"));
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ForwardedHeaderFromAnUnnamedBalancer_ShouldBeIgnoredAndWarnedAboutOnceAMinute()
    {
        Assert.Equal("10.0.0.9", await SeenAddressAsync(from: "10.0.0.9", forwardedFor: Examinee));
        var warning = Assert.Single(Warnings);
        Assert.Contains("A request from 10.0.0.9 carried X-Forwarded-For, which was ignored", warning, StringComparison.Ordinal);
        Assert.Contains("Proxy__KnownProxies__0", warning, StringComparison.Ordinal);

        // A mass exam sends thousands of them: the log gets one a minute, not one per request.
        await SeenAddressAsync(from: "10.0.0.9", forwardedFor: Examinee);
        _time.Advance(TimeSpan.FromSeconds(59));
        await SeenAddressAsync(from: "10.0.0.9", forwardedFor: Examinee);
        Assert.Single(Warnings);
        _time.Advance(UntrustedForwardingWarning.Interval);
        await SeenAddressAsync(from: "10.0.0.9", forwardedFor: Examinee);
        Assert.Equal(2, Warnings.Count);
    }

    [Theory]
    [InlineData(Balancer, Examinee, Examinee)] // the named balancer: the examinee's address is taken
    [InlineData(Balancer, "198.51.100.1, " + Examinee, Examinee)] // a client's own header before the balancer's hop: one hop only
    [InlineData("127.0.0.1", Examinee, Examinee)] // a balancer on this machine needs no name
    [InlineData("10.0.0.9", null, "10.0.0.9")] // a client without the header
    public async Task RequestFromABelievedProxyOrWithoutTheHeader_ShouldNotWarn(string from, string? forwardedFor, string seen)
    {
        Assert.Equal(seen, await SeenAddressAsync(from, forwardedFor));
        Assert.Empty(Warnings);
    }

    private List<string> Warnings =>
        [.. _logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Category == typeof(UntrustedForwardingWarning).FullName).Select(l => l.Message)];

    private async Task<string> SeenAddressAsync(string from, string? forwardedFor)
    {
        var context = await _app.GetTestServer().SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }
}
