using Microsoft.AspNetCore.Http;
using Mooc.WebFrontend.Security;

namespace Mooc.UnitTests.Security;

public sealed class SecurityHeadersTests
{
    [Fact]
    public void ContentSecurityPolicy_ShouldAllowNoInlineScriptStyleOrFraming()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);

        Assert.DoesNotContain("unsafe", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
    }

    [Fact]
    public void PlainHttpResponse_ShouldCarryTheHeadersButNoHsts()
    {
        IHeaderDictionary headers = new HeaderDictionary();

        SecurityHeaders.Apply(headers, isHttps: false, new SecurityOptions());

        Assert.Equal("nosniff", headers.XContentTypeOptions);
        Assert.Equal("DENY", headers.XFrameOptions);
        Assert.Equal("same-origin", headers["Cross-Origin-Opener-Policy"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        Assert.False(headers.ContainsKey("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(365, "max-age=31536000")]
    [InlineData(1, "max-age=86400")]
    public void HttpsResponse_ShouldCarryHstsOfTheConfiguredAge(int days, string expected)
    {
        IHeaderDictionary headers = new HeaderDictionary();

        SecurityHeaders.Apply(headers, isHttps: true, new SecurityOptions { HstsMaxAgeDays = days });

        Assert.Equal(expected, headers.StrictTransportSecurity);
    }

    [Fact]
    public void HttpsResponseWithHstsSwitchedOff_ShouldCarryNone()
    {
        IHeaderDictionary headers = new HeaderDictionary();

        SecurityHeaders.Apply(headers, isHttps: true, new SecurityOptions { HstsMaxAgeDays = 0 });

        Assert.False(headers.ContainsKey("Strict-Transport-Security"));
    }
}
