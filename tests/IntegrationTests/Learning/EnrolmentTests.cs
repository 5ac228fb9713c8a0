using System.Net;
using System.Text.RegularExpressions;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Learning;

/// <summary>"Daftar" over HTTP against the real processes (manual C.5–C.6).</summary>
public sealed partial class EnrolmentTests : IAsyncLifetime
{
    private const string Yohanes = "198811232012121003";
    private const string Andi = "199001012015031001";
    private const string DemoPassword = "Peserta#2026";

    private ProductStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ProductStack.StartAsync();

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task TwoConcurrentDaftarClicks_ShouldStoreTheEnrolmentExactlyOnce()
    {
        using var http = LoopbackHttp.Create(_stack.BaseUrl);
        await SignInClient.SignInAsync(http, Yohanes, DemoPassword);
        var page = await http.GetStringAsync("pelatihan/PLT-IMI-002");
        var token = HtmlForm.Hidden(page, "__RequestVerificationToken");

        var clicks = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            http.PostAsync("pelatihan/PLT-IMI-002?handler=Daftar", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Equal(1, await _stack.Database.ScalarAsync<long>(
            $"select count(*) from mooc.mt_events where stream_id = 'learner:{Yohanes}' and type = 'learner_enrolled'"));
        var count = await ParticipantCountEventuallyAsync(http, "PLT-IMI-002", 1);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Enrolment_ShouldAppearInPelatihanYangDiikutiAndSayAlreadyEnrolledTheSecondTime()
    {
        using var http = LoopbackHttp.Create(_stack.BaseUrl);
        await SignInClient.SignInAsync(http, Andi, DemoPassword);

        var first = await DaftarAsync(http, "PLT-PAS-001");
        var second = await DaftarAsync(http, "PLT-PAS-001");

        Assert.Contains("Pendaftaran berhasil", first, StringComparison.Ordinal);
        Assert.Contains("Anda sudah terdaftar pada pelatihan ini.", second, StringComparison.Ordinal);
        var list = await EventuallyAsync(() => http.GetStringAsync("pelatihan-saya"), html => html.Contains("data-course-code=\"PLT-PAS-001\"", StringComparison.Ordinal));
        Assert.Contains("Pembinaan Narapidana dan Anak Binaan", list, StringComparison.Ordinal);
        var dashboard = await http.GetStringAsync("Dashboard");
        Assert.Matches(@"data-testid=""total-followed"">1<", dashboard);
    }

    [Fact]
    public async Task AnonymousDaftar_ShouldLeadToLoginAndBackToTheTraining()
    {
        using var http = LoopbackHttp.Create(_stack.BaseUrl);
        var page = await http.GetStringAsync("pelatihan/PLT-UMM-001");
        Assert.Contains("/Login?ReturnUrl=%2Fpelatihan%2FPLT-UMM-001", page, StringComparison.Ordinal);

        // A session that ended while the page was open: the click still leads to Login, not to an error.
        var anonymousToken = HtmlForm.Hidden(await http.GetStringAsync("Login"), "__RequestVerificationToken");
        using var post = await http.PostAsync("pelatihan/PLT-UMM-001?handler=Daftar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = anonymousToken,
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Login?ReturnUrl=", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var login = await SignInClient.PostLoginAsync(http, Andi, DemoPassword, returnUrl: "/pelatihan/PLT-UMM-001");
        Assert.Equal("/pelatihan/PLT-UMM-001", login.Headers.Location!.OriginalString);
        Assert.Equal(0, await _stack.Database.ScalarAsync<long>(
            $"select count(*) from mooc.mt_events where stream_id = 'learner:{Andi}' and data ->> 'CourseCode' = 'PLT-UMM-001'"));
    }

    [Fact]
    public async Task UnknownTraining_ShouldAnswer404WithAnIndonesianPage()
    {
        using var http = LoopbackHttp.Create(_stack.BaseUrl);

        using var response = await http.GetAsync("pelatihan/TIDAK-ADA-999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> DaftarAsync(HttpClient http, string code)
    {
        var page = await http.GetStringAsync($"pelatihan/{code}");
        using var post = await http.PostAsync($"pelatihan/{code}?handler=Daftar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForm.Hidden(page, "__RequestVerificationToken"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        return await http.GetStringAsync(post.Headers.Location!.OriginalString.TrimStart('/'));
    }

    private static async Task<int> ParticipantCountEventuallyAsync(HttpClient http, string code, int expected)
    {
        var html = await EventuallyAsync(() => http.GetStringAsync($"pelatihan/{code}"), h => ParticipantCount(h) >= expected);
        return ParticipantCount(html);
    }

    private static int ParticipantCount(string html) => int.Parse(ParticipantCountPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Read models follow the events within about a second (the async daemon); pages are re-read until then.</summary>
    private static async Task<string> EventuallyAsync(Func<Task<string>> read, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var html = await read();
        while (!done(html) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            html = await read();
        }

        return html;
    }

    [GeneratedRegex(@"data-testid=""participant-count"">(\d+)<")]
    private static partial Regex ParticipantCountPattern();
}
