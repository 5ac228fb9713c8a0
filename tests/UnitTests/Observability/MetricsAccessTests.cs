using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Mooc.WebFrontend.Observability;

namespace Mooc.UnitTests.Observability;

/// <summary>A frontend's <c>/metrics</c> is on the public site: loopback callers only, unless allowed.</summary>
public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.9")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task LoopbackCaller_ShouldGetTheMetrics(string caller) => Assert.True(await PassesAsync(caller, allowRemote: false));

    [Theory]
    [InlineData("203.0.113.5")]
    [InlineData("10.0.0.8")]
    [InlineData("::ffff:192.0.2.1")]
    [InlineData("2001:db8::1")]
    [InlineData(null)]
    public async Task OtherCaller_ShouldGetA404(string? caller)
    {
        var context = Request(caller);
        var passed = false;

        await new MetricsAccessGuard(_ => { passed = true; return Task.CompletedTask; }, Options.Create(new ObservabilityOptions())).InvokeAsync(context);

        Assert.False(passed);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    [Fact]
    public async Task RemoteCaller_WhenAllowed_ShouldGetTheMetrics() => Assert.True(await PassesAsync("203.0.113.5", allowRemote: true));

    private static async Task<bool> PassesAsync(string caller, bool allowRemote)
    {
        var passed = false;
        var guard = new MetricsAccessGuard(_ => { passed = true; return Task.CompletedTask; },
            Options.Create(new ObservabilityOptions { AllowRemoteMetrics = allowRemote }));
        await guard.InvokeAsync(Request(caller));
        return passed;
    }

    private static DefaultHttpContext Request(string? caller)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = caller is null ? null : IPAddress.Parse(caller);
        context.Request.Path = "/metrics";
        return context;
    }
}
