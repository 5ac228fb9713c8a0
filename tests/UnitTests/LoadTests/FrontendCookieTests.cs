using System.Net;

namespace Mooc.UnitTests.LoadTests;

/// <summary>
/// The frontends share data-protection keys, so one's session cookie is good on all; the examinee's cookie jar must
/// therefore send it to another frontend on the same host but another port. Cookies are host-based (RFC 6265): a
/// cookie without the old Port attribute goes to every port — this pins CookieContainer's behaviour we rely on.
/// </summary>
public sealed class FrontendCookieTests
{
    [Fact]
    public void SessionCookieSetByOneFrontend_ShouldBeSentToAnotherPortOfTheSameHost()
    {
        var cookies = new CookieContainer();
        cookies.SetCookies(new Uri("http://127.0.0.1:5080/Login"), ".AspNetCore.Cookies=abc; path=/; samesite=lax; httponly");

        Assert.Equal(".AspNetCore.Cookies=abc", cookies.GetCookieHeader(new Uri("http://127.0.0.1:5081/hubs/ujian?halaman=x")));
    }

    [Fact]
    public void SessionCookie_ShouldNotGoToAnotherHost()
    {
        var cookies = new CookieContainer();
        cookies.SetCookies(new Uri("http://127.0.0.1:5080/Login"), ".AspNetCore.Cookies=abc; path=/");

        Assert.Equal(string.Empty, cookies.GetCookieHeader(new Uri("http://localhost:5081/")));
    }
}
