using System.Globalization;
using System.Net;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;
using Mooc.WebFrontend.Formatting;
using Mooc.WebFrontend.Sittings;

namespace Mooc.IntegrationTests.Sittings;

/// <summary>
/// "Jadwal Ujian" against the product's processes: the admin schedules and cancels through the pages, bad input changes
/// nothing, a learner outside the window and one waiting for a wave see it on "Ujian Akhir"; learners are refused the pages.
/// </summary>
public sealed class SittingPageTests : IAsyncLifetime
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string Yohanes = "198811232012121003";
    private const string Later = "UJI-JADWAL";
    private const string Waves = "UJI-GELOMBANG";

    private ExamStack _stack = null!;

    public async Task InitializeAsync()
    {
        _stack = await ExamStack.StartAsync((Later, ExamFixture.Exam()), (Waves, ExamFixture.Exam()));
        foreach (var (learner, code) in new[] { (Andi, Later), (Siti, Waves), (Yohanes, Waves) })
        {
            await _stack.Grains.GetGrain<ILearnerGrain>(learner).EnrolAsync(code);
            await _stack.Grains.GetGrain<ILearnerGrain>(learner).CompleteMaterialAsync(code, "m01");
        }
    }

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task Admin_ShouldScheduleAndCancelThroughThePages_AndBadInputShouldChangeNothing()
    {
        using var admin = await _stack.SignInAsync("admin", ExamStack.AdminPassword, "127.0.0.81");
        var opens = DateTimeOffset.UtcNow.AddHours(2);
        var form = Form(Later, "Sesi pagi", Andi, opens, opens.AddMinutes(30));

        var refused = await PostAsync(admin, "admin/jadwal/form", form with { Closes = form.Opens });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Waktu tutup harus setelah waktu buka.", refused.Html, StringComparison.Ordinal);
        var unreadable = await PostAsync(admin, "admin/jadwal/form", form with { Duration = "satu jam" });
        Assert.Contains("Durasi ujian harus berupa bilangan bulat (menit).", unreadable.Html, StringComparison.Ordinal);
        Assert.Empty(await Schedule(Later).ListAsync());

        var created = await PostAsync(admin, "admin/jadwal/form", form);
        Assert.Equal((HttpStatusCode.Redirect, "/admin/jadwal"), (created.Status, created.Location));
        var sitting = Assert.Single(await Schedule(Later).ListAsync());
        Assert.Equal([Andi], sitting.Plan.Participants);
        Assert.Equal((90, "Admin BPSDM"), (sitting.Plan.DurationMinutes, sitting.ScheduledBy));
        var list = await admin.GetStringAsync("admin/jadwal");
        Assert.Contains("Jadwal ujian dibuat.", list, StringComparison.Ordinal);
        Assert.Contains($"data-sitting-id=\"{sitting.Id}\" data-phase=\"Scheduled\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/jadwal\"", await admin.GetStringAsync(""), StringComparison.Ordinal);

        // The learner before the window: told when, and nothing is opened.
        using var andi = await _stack.SignInAsync(Andi, sourceAddress: "127.0.0.82");
        var tab = await MulaiUjianAsync(andi, Later);
        Assert.Contains($"Ujian dapat dimulai pada jadwal Anda: {SittingText.Window(sitting.Plan.OpensAt, sitting.Plan.ClosesAt)}.", WebUtility.HtmlDecode(tab), StringComparison.Ordinal);

        // "Batalkan" needs a reason; with one the sitting is cancelled and the exam is free again.
        var noReason = await PostAsync(admin, "admin/jadwal", new Dictionary<string, string> { ["kode"] = Later, ["id"] = sitting.Id.ToString(), ["alasan"] = " " }, "Batalkan");
        Assert.Contains("Alasan wajib diisi.", await admin.GetStringAsync(noReason.Location), StringComparison.Ordinal);
        Assert.False(Assert.Single(await Schedule(Later).ListAsync()).IsCancelled);
        await PostAsync(admin, "admin/jadwal", new Dictionary<string, string> { ["kode"] = Later, ["id"] = sitting.Id.ToString(), ["alasan"] = "Ruang ujian dipakai" }, "Batalkan");
        Assert.Equal("Ruang ujian dipakai", Assert.Single(await Schedule(Later).ListAsync()).CancelReason);
        Assert.Contains("data-phase=\"Cancelled\"", await admin.GetStringAsync("admin/jadwal"), StringComparison.Ordinal);

        using var unknown = await admin.GetAsync($"admin/jadwal/form?kode={Later}&id={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task SecondExamineeOfWavesOfOne_ShouldSeeTheWaitingRoom()
    {
        using var admin = await _stack.SignInAsync("admin", ExamStack.AdminPassword, "127.0.0.83");
        var now = DateTimeOffset.UtcNow;
        var created = await PostAsync(admin, "admin/jadwal/form", Form(Waves, "Sesi bergelombang", $"{Siti}\n{Yohanes}", now, now.AddMinutes(30), wave: "1", interval: "600"));
        Assert.Equal(HttpStatusCode.Redirect, created.Status);

        using var siti = await _stack.SignInAsync(Siti, sourceAddress: "127.0.0.84");
        using var yohanes = await _stack.SignInAsync(Yohanes, sourceAddress: "127.0.0.85");
        var first = await PostAsync(siti, $"belajar/{Waves}?tab=ujian", new Dictionary<string, string>(), "MulaiUjian");
        Assert.StartsWith("/ujian/", first.Location, StringComparison.Ordinal);
        var waiting = await MulaiUjianAsync(yohanes, Waves);

        Assert.Contains("data-testid=\"exam-waiting\"", waiting, StringComparison.Ordinal);
        Assert.Contains("Gelombang Anda: 2.", waiting, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", waiting, StringComparison.Ordinal);
        var ms = long.Parse(System.Text.RegularExpressions.Regex.Match(waiting, "data-wait-ms=\"(\\d+)\"").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(ms, 1, 600_000);

        // Under way: the edit form posts back unchanged values; only a later close is taken.
        var sitting = Assert.Single(await Schedule(Waves).ListAsync());
        var edit = $"admin/jadwal/form?kode={Waves}&id={sitting.Id}";
        var shown = await admin.GetStringAsync(edit);
        var fields = new SittingFields(Waves, HtmlForm.Hidden(shown, "Input.Nama"), $"{Siti}\n{Yohanes}", HtmlForm.Hidden(shown, "Input.Buka"),
            HtmlForm.Hidden(shown, "Input.Tutup"), HtmlForm.Hidden(shown, "Input.Durasi"), HtmlForm.Hidden(shown, "Input.Gelombang"), HtmlForm.Hidden(shown, "Input.Jeda"));
        var wider = await PostAsync(admin, edit, fields with { Wave = "100" });
        Assert.Contains("Jadwal ini sudah berlangsung", wider.Html, StringComparison.Ordinal);
        var later = Wib(sitting.Plan.ClosesAt.AddMinutes(15));
        var extended = await PostAsync(admin, edit, fields with { Closes = later });
        Assert.Equal(HttpStatusCode.Redirect, extended.Status);
        var revised = Assert.Single(await Schedule(Waves).ListAsync());
        Assert.Equal((sitting.Plan.ClosesAt.AddMinutes(15), 1, sitting.Plan.OpensAt), (revised.Plan.ClosesAt, revised.Plan.WaveSize, revised.Plan.OpensAt));
    }

    [Fact]
    public async Task Learner_ShouldBeRefusedTheSchedulePages()
    {
        using var learner = await _stack.SignInAsync(Siti, sourceAddress: "127.0.0.86");
        using var anonymous = LoopbackHttp.Create(_stack.Product.BaseUrl, "127.0.0.86");
        foreach (var path in new[] { "admin/jadwal", "admin/jadwal/form" })
        {
            using var refused = await learner.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/AksesDitolak", PathOf(refused.Headers.Location), StringComparison.Ordinal);
            using var signedOut = await anonymous.GetAsync(path);
            Assert.StartsWith("/Login", PathOf(signedOut.Headers.Location), StringComparison.Ordinal);
        }

        var token = HtmlForm.Hidden(await learner.GetStringAsync($"belajar/{Waves}?tab=ujian"), "__RequestVerificationToken");
        using var post = await learner.PostAsync("admin/jadwal/form", new FormUrlEncodedContent(new Dictionary<string, string>(Form(Waves, "x", Siti, DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow.AddHours(2)).Fields) { ["__RequestVerificationToken"] = token }));
        Assert.StartsWith("/AksesDitolak", PathOf(post.Headers.Location), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/jadwal\"", await learner.GetStringAsync(""), StringComparison.Ordinal);
        Assert.DoesNotContain(await Schedule(Waves).ListAsync(), s => s.Plan.Name == "x");
    }

    private static string PathOf(Uri? location) => location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private IExamScheduleGrain Schedule(string code) => _stack.Grains.GetGrain<IExamScheduleGrain>(code);

    private static SittingFields Form(string code, string name, string participants, DateTimeOffset opens, DateTimeOffset closes, string wave = "50", string interval = "5") =>
        new(code, name, participants, Wib(opens), Wib(closes), "90", wave, interval);

    private static string Wib(DateTimeOffset at) => IndonesianTime.ToWib(at).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Presses "Mulai Ujian" on the tab and returns the tab it leads back to.</summary>
    private static async Task<string> MulaiUjianAsync(HttpClient learner, string code)
    {
        var pressed = await PostAsync(learner, $"belajar/{code}?tab=ujian", new Dictionary<string, string>(), "MulaiUjian");
        Assert.Equal(HttpStatusCode.Redirect, pressed.Status);
        return await learner.GetStringAsync(pressed.Location);
    }

    private static Task<(HttpStatusCode Status, string Html, string Location)> PostAsync(HttpClient http, string path, SittingFields form) =>
        PostAsync(http, path, form.Fields);

    /// <summary>Posts a form of <paramref name="path"/> with that page's anti-forgery token.</summary>
    private static async Task<(HttpStatusCode Status, string Html, string Location)> PostAsync(HttpClient http, string path, IReadOnlyDictionary<string, string> fields, string? handler = null)
    {
        var token = HtmlForm.Hidden(await http.GetStringAsync(path), "__RequestVerificationToken");
        var target = handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}handler={handler}";
        using var response = await http.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), PathOf(response.Headers.Location));
    }
}
