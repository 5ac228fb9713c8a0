using System.Net;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Accounts;

/// <summary>The Login form over HTTP against the real silo and frontend processes (manual B).</summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string DemoPassword = "Peserta#2026";
    private const int LoginLimit = 5;

    private ProductStack _stack = null!;
    private int _nextAddress = 10;

    public async Task InitializeAsync() =>
        _stack = await ProductStack.StartAsync(settings: new Dictionary<string, string>
        {
            ["RateLimits__LoginPermitPerMinute"] = LoginLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    /// <summary>A client from an address of its own, so the per-address limit of one test does not touch another.</summary>
    private HttpClient NewClient() => LoopbackHttp.Create(_stack.BaseUrl, $"127.0.0.{Interlocked.Increment(ref _nextAddress)}");

    [Fact]
    public async Task RightCredentials_ShouldLandOnTheDashboardShowingTheLearnersName()
    {
        using var http = NewClient();

        using var response = await SignInClient.PostLoginAsync(http, Andi, DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Dashboard", response.Headers.Location!.OriginalString);
        var dashboard = await http.GetStringAsync("Dashboard");
        Assert.Contains("Andi Pratama", dashboard, StringComparison.Ordinal);
        Assert.Contains("Logout", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUser_ShouldGetExactlyTheSameMessage()
    {
        using var a = NewClient();
        using var b = NewClient();

        var wrongPassword = await (await SignInClient.PostLoginAsync(a, Andi, "Salah#2026")).Content.ReadAsStringAsync();
        var unknownUser = await (await SignInClient.PostLoginAsync(b, "199912312020121999", "Salah#2026")).Content.ReadAsStringAsync();

        Assert.Contains("Username atau password salah.", wrongPassword, StringComparison.Ordinal);
        Assert.Contains("Username atau password salah.", unknownUser, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordInWrongCase_ShouldBeRefused()
    {
        using var http = NewClient();

        using var response = await SignInClient.PostLoginAsync(http, Andi, DemoPassword.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Username atau password salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongCaptcha_ShouldRefuseEvenTheRightPassword()
    {
        using var http = NewClient();

        using var response = await SignInClient.PostLoginAsync(http, Andi, DemoPassword, captcha: "XXXXX");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kode captcha salah", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("Dashboard")).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_ShouldLockTheAccountSoEvenTheRightPasswordIsRefused()
    {
        for (var i = 0; i < 5; i++)
        {
            using var attempt = NewClient();
            await SignInClient.PostLoginAsync(attempt, Siti, $"Salah#{i}");
        }

        using var http = NewClient();
        using var response = await SignInClient.PostLoginAsync(http, Siti, DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dikunci sementara", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreAttemptsThanTheLimit_ShouldBeAnswered429FromThatAddressOnly()
    {
        using var http = NewClient();
        for (var i = 0; i < LoginLimit; i++)
        {
            using var allowed = await SignInClient.PostLoginAsync(http, "199912312020121998", "Salah#2026");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignInClient.PostLoginAsync(http, "199912312020121998", "Salah#2026");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.Contains("Terlalu banyak percobaan login", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = NewClient();
        using var otherAddress = await SignInClient.PostLoginAsync(other, "199912312020121998", "Salah#2026");
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    /// <summary>
    /// Behind a load balancer on this machine every request comes from the balancer's address; the limit must count the
    /// examinees' own addresses, which the balancer forwards, or one busy computer lab would lock the whole site out.
    /// </summary>
    [Fact]
    public async Task BehindALocalBalancer_TheLimitShouldCountEachForwardedAddress()
    {
        using var first = ThroughBalancer("203.0.113.7");
        for (var i = 0; i < LoginLimit; i++)
        {
            using var allowed = await SignInClient.PostLoginAsync(first, "199912312020121998", "Salah#2026");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignInClient.PostLoginAsync(first, "199912312020121998", "Salah#2026");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

        using var second = ThroughBalancer("203.0.113.8");
        using var otherExaminee = await SignInClient.PostLoginAsync(second, "199912312020121998", "Salah#2026");
        Assert.Equal(HttpStatusCode.OK, otherExaminee.StatusCode);
    }

    /// <summary>Both from the same loopback address, as the requests of a balancer on this machine are.</summary>
    private HttpClient ThroughBalancer(string examineeAddress)
    {
        var http = LoopbackHttp.Create(_stack.BaseUrl, "127.0.1.1");
        http.DefaultRequestHeaders.Add("X-Forwarded-For", examineeAddress);
        return http;
    }

    [Fact]
    public async Task LoginPost_WithoutAntiforgeryToken_ShouldBeRefusedAndSignNobodyIn()
    {
        using var http = NewClient();
        var page = await http.GetStringAsync("Login");

        using var response = await http.PostAsync("Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.CaptchaId"] = HtmlForm.Hidden(page, "Form.CaptchaId"),
            ["Form.Username"] = Andi,
            ["Form.Password"] = DemoPassword,
            ["Form.Captcha"] = ProductStack.CaptchaCode,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("Dashboard")).StatusCode);
    }

    [Fact]
    public async Task Logout_ShouldEndTheSession()
    {
        using var http = NewClient();
        await SignInClient.SignInAsync(http, Andi, DemoPassword);
        var dashboard = await http.GetStringAsync("Dashboard");

        using var logout = await http.PostAsync("Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForm.Hidden(dashboard, "__RequestVerificationToken"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await http.GetAsync("Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
