using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Security;

/// <summary>What a browser (or an attacker's page) sees of the frontend's hardening: headers, the hubs' Origin check and
/// message limit, keys shared by two frontends, and pages without inline script or style.</summary>
public sealed partial class WebSecurityTests(SecurityStack stack) : IClassFixture<SecurityStack>
{
    private const string Foreign = "http://evil.example";

    [Fact]
    public async Task EveryKindOfResponse_ShouldCarryTheSecurityHeaders()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi);
        using var http = LoopbackHttp.Create(stack.First, cookies: cookies);
        using var page = await http.GetAsync("");
        using var staticFile = await http.GetAsync("dist/site.css");
        using var missing = await http.GetAsync("halaman-yang-tidak-ada");
        using var negotiate = await http.PostAsync("hubs/ujian/negotiate?negotiateVersion=1", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.OK),
            (page.StatusCode, staticFile.StatusCode, missing.StatusCode, negotiate.StatusCode));
        Assert.Contains("<html", await missing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        foreach (var response in new[] { page, staticFile, missing, negotiate })
        {
            var csp = Header(response, "Content-Security-Policy");
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
            // Plain HTTP (the loopback of the tests): HSTS would be meaningless and is not sent.
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        }
    }

    [Fact]
    public async Task NegotiateFromAnotherSitesPage_ShouldBeRefusedWhileSameOriginAndNoOriginWork()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi);
        using var http = LoopbackHttp.Create(stack.First, cookies: cookies);
        var own = stack.First.GetLeftPart(UriPartial.Authority);

        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(http, Foreign));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(http, "null"));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(http, own.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(http, own));
        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(http, origin: null));
    }

    /// <summary>
    /// Behind a balancer on this machine that terminates TLS, the browser's page is <c>https://…</c> while the frontend
    /// is reached over HTTP: the forwarded scheme makes that the frontend's own origin (no <c>AllowedOrigins</c> needed),
    /// and the answers carry HSTS as HTTPS answers do.
    /// </summary>
    [Fact]
    public async Task NegotiateThroughALocalTlsBalancer_ShouldTakeTheForwardedSchemeAsTheSitesOwn()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi);
        using var http = LoopbackHttp.Create(stack.First, cookies: cookies);
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var own = stack.First.GetLeftPart(UriPartial.Authority);

        Assert.Equal(HttpStatusCode.OK, await NegotiateAsync(http, own.Replace("http://", "https://", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Forbidden, await NegotiateAsync(http, own));
        using var page = await http.GetAsync("/");
        Assert.StartsWith("max-age=", Header(page, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HubConnectionFromAnotherSitesPage_ShouldGetNoConnectionOverNegotiateOrWebSocket()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi);
        await using var negotiated = stack.ExamHub(cookies, Foreign);
        await using var webSocket = stack.ExamHub(cookies, Foreign, webSocketOnly: true);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => negotiated.StartAsync());
        var refusedSocket = await Assert.ThrowsAnyAsync<Exception>(() => webSocket.StartAsync());

        Assert.Contains("403", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("403", refusedSocket.ToString(), StringComparison.Ordinal);
        Assert.Equal((HubConnectionState.Disconnected, HubConnectionState.Disconnected), (negotiated.State, webSocket.State));
    }

    [Fact]
    public async Task HubConnectionFromTheSitesOwnPageOrANonBrowserClient_ShouldWork()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi);
        await using var sameOrigin = stack.ExamHub(cookies, stack.First.GetLeftPart(UriPartial.Authority), webSocketOnly: true);
        await using var noOrigin = stack.ExamHub(cookies);

        await sameOrigin.StartAsync();
        await noOrigin.StartAsync();

        // A call reaches the hub: an unknown signal is refused by the hub method itself, not by the transport.
        await Assert.ThrowsAsync<HubException>(() => sameOrigin.InvokeAsync<object>("ReportSignal", stack.AttemptId, "bukan-sinyal"));
        Assert.Equal((HubConnectionState.Connected, HubConnectionState.Connected), (sameOrigin.State, noOrigin.State));
    }

    [Fact]
    public async Task HubMessageOverTheLimit_ShouldCloseTheConnectionAndChangeNothing()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Siti);
        await using var page = stack.ExamHub(cookies);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        await page.StartAsync();
        var eventsBefore = await EventCountAsync();

        // Just under the limit is still a message the hub reads (and refuses as an unknown signal).
        await Assert.ThrowsAsync<HubException>(() => page.InvokeAsync<object>("ReportSignal", stack.AttemptId, new string('x', 12 * 1024)));
        await Assert.ThrowsAnyAsync<Exception>(() => page.InvokeAsync<object>("ReportSignal", stack.AttemptId, new string('x', 20 * 1024)));

        var error = await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(error);
        Assert.Equal(HubConnectionState.Disconnected, page.State);
        Assert.Equal(eventsBefore, await EventCountAsync());
    }

    [Fact]
    public async Task SignInOnOneFrontend_ShouldBeAcceptedWithItsFormTokensByTheOther()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi, frontend: stack.First);
        using var first = LoopbackHttp.Create(stack.First, cookies: cookies);
        using var second = LoopbackHttp.Create(stack.Second, cookies: cookies);

        using var dashboard = await second.GetAsync("Dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);

        // An anti-forgery token and cookie from the first frontend's page, posted to the second (Logout needs a valid one).
        var home = await first.GetStringAsync("");
        using var logout = await second.PostAsync("Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForm.Hidden(home, "__RequestVerificationToken"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.True(await stack.Exams.Product.Database.ScalarAsync<long>("select count(*) from dataprotection.keys") >= 1);
    }

    [Fact]
    public async Task CookiePlantedBeforeSignIn_ShouldNeverBecomeTheSession()
    {
        var cookies = new CookieContainer();
        cookies.Add(stack.First, new Cookie("mooc.auth", "ditanam-oleh-penyerang"));
        using var http = LoopbackHttp.Create(stack.First, cookies: cookies);

        using var before = await http.GetAsync("Dashboard");
        await SignInClient.SignInAsync(http, SecurityStack.Andi, ExamStack.Password);
        var issued = cookies.GetCookies(stack.First)["mooc.auth"]!;

        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.NotEqual("ditanam-oleh-penyerang", issued.Value);
        Assert.True(issued.HttpOnly);
        using var after = await http.GetAsync("Dashboard");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task CopyOfTheCookieAfterLogout_ShouldBeRefusedOnBothFrontends()
    {
        var cookies = await stack.SignInAsync(SecurityStack.Andi);
        var stolen = new CookieContainer();
        stolen.Add(stack.First, cookies.GetCookies(stack.First)["mooc.auth"]!);
        using var http = LoopbackHttp.Create(stack.First, cookies: cookies);
        var dashboard = await http.GetStringAsync("Dashboard");

        using var logout = await http.PostAsync("Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForm.Hidden(dashboard, "__RequestVerificationToken"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        foreach (var frontend in new[] { stack.First, stack.Second })
        {
            using var thief = LoopbackHttp.Create(frontend, cookies: stolen);
            using var after = await thief.GetAsync("Dashboard");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.StartsWith("/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PagesOfLearnerAndAdmin_ShouldHaveNoInlineScriptStyleOrHandler()
    {
        await stack.Exams.Grains.GetGrain<Mooc.Grains.Abstractions.Learning.ILearnerGrain>(SecurityStack.Siti).EnrolAsync("PLT-IMI-001");
        var learner = await stack.SignInAsync(SecurityStack.Siti);
        var admin = await stack.SignInAsync("admin", ExamStack.AdminPassword);
        string[] anonymousPages = ["", "Login", "verifikasi"];
        string[] learnerPages = ["", "berita", "pelatihan/PLT-IMI-001", "verifikasi", "Dashboard", "pelatihan-saya", "riwayat-ujian", "belajar/PLT-IMI-001/m01", $"ujian/{stack.AttemptId}"];
        string[] adminPages = ["admin/akun", $"admin/akun/{SecurityStack.Andi}", "admin/akun/impor", "admin/pelatihan", "admin/pelatihan/baru", "admin/pelatihan/PLT-IMI-001",
            "admin/bank-soal", $"admin/pelatihan/{SecurityStack.Training}/ujian", "admin/berita", "admin/berita/tulis", "admin/ujian", $"admin/ujian/{SecurityStack.Training}",
            "admin/percobaan", "admin/jadwal", "admin/jadwal/form", "admin/laporan"];

        var checkedPages = 0;
        foreach (var (cookies, paths) in new[] { (new CookieContainer(), anonymousPages), (learner, learnerPages), (admin, adminPages) })
        {
            using var http = LoopbackHttp.Create(stack.First, cookies: cookies);
            foreach (var path in paths)
            {
                using var response = await http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{path}: {(int)response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync();
                Assert.False(html.Contains("style=", StringComparison.OrdinalIgnoreCase), $"/{path} has a style attribute");
                Assert.False(html.Contains("<style", StringComparison.OrdinalIgnoreCase), $"/{path} has a style element");
                Assert.False(InlineScript().IsMatch(html), $"/{path} has an inline script");
                Assert.False(InlineHandler().IsMatch(html), $"/{path} has an inline event handler");
                Assert.False(html.Contains("javascript:", StringComparison.OrdinalIgnoreCase), $"/{path} has a javascript: URL");
                checkedPages++;
            }
        }

        Assert.Equal(anonymousPages.Length + learnerPages.Length + adminPages.Length, checkedPages);
    }

    private static async Task<HttpStatusCode> NegotiateAsync(HttpClient http, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "hubs/ujian/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private Task<long> EventCountAsync() =>
        stack.Exams.Product.Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{stack.AttemptId:N}'");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");

    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
