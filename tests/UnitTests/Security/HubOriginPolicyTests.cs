using Mooc.WebFrontend.Security;

namespace Mooc.UnitTests.Security;

public sealed class HubOriginPolicyTests
{
    private static readonly string[] None = [];

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http", "127.0.0.1:5000")]
    [InlineData("HTTP://MOOC.example:5000", "http", "mooc.example:5000")]
    [InlineData("https://mooc.example", "https", "mooc.example:443")]
    [InlineData("https://mooc.example:443", "https", "mooc.example")]
    public void OriginOfTheRequestedSite_ShouldBeAllowed(string origin, string scheme, string host) =>
        Assert.True(HubOriginPolicy.IsAllowed(origin, scheme, host, None));

    [Fact]
    public void NoOriginHeader_ShouldBeAllowedAsANonBrowserClient() =>
        Assert.True(HubOriginPolicy.IsAllowed(null, "http", "127.0.0.1:5000", None));

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:5001")]
    [InlineData("https://127.0.0.1:5000")]
    [InlineData("http://127.0.0.1.evil.example:5000")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("file://")]
    [InlineData("http://user@127.0.0.1:5000")]
    public void OriginOfAnotherSite_ShouldBeRefused(string origin) =>
        Assert.False(HubOriginPolicy.IsAllowed(origin, "http", "127.0.0.1:5000", None));

    [Fact]
    public void ConfiguredOriginBehindATlsProxy_ShouldBeAllowedAndOnlyIt()
    {
        string[] allowed = ["https://mooc.example.go.id"];

        Assert.True(HubOriginPolicy.IsAllowed("https://mooc.example.go.id", "http", "10.0.0.5:8080", allowed));
        Assert.False(HubOriginPolicy.IsAllowed("http://mooc.example.go.id", "http", "10.0.0.5:8080", allowed));
        Assert.False(HubOriginPolicy.IsAllowed("https://evil.example", "http", "10.0.0.5:8080", allowed));
    }
}
