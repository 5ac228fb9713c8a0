using System.Net;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.ContentAdmin;

/// <summary>Every new admin page and handler (exam editor, CSV import, news) refuses learners and signed-out visitors, and they change nothing.</summary>
[Collection(ContentAdminStack.Collection)]
public sealed class ContentAdminAccessTests(ContentAdminStack stack)
{
    private const string Code = "PLT-IMI-001";
    private const string News = "jadwal-ujian-akhir-serentak-november-2026";

    private static readonly string[] Gets =
    [
        "admin/bank-soal", $"admin/pelatihan/{Code}/ujian", $"admin/pelatihan/{Code}/ujian/soal", $"admin/pelatihan/{Code}/ujian/soal/q01",
        $"admin/pelatihan/{Code}/ujian/impor", $"admin/pelatihan/{Code}/ujian/impor?handler=Template", "admin/berita", "admin/berita/tulis", $"admin/berita/tulis/{News}",
    ];

    private static readonly string[] Posts =
    [
        $"admin/pelatihan/{Code}/ujian?handler=Pengaturan", $"admin/pelatihan/{Code}/ujian?handler=Hapus&id=q01", $"admin/pelatihan/{Code}/ujian/soal",
        $"admin/pelatihan/{Code}/ujian/soal/q01", $"admin/pelatihan/{Code}/ujian/impor", $"admin/berita?handler=Tarik&slug={News}",
        $"admin/berita?handler=Terbitkan&slug={News}", "admin/berita/tulis", $"admin/berita/tulis/{News}", "admin/berita/tulis?handler=Pratinjau",
    ];

    [Fact]
    public async Task LearnerAndSignedOutVisitor_ShouldBeRefusedEveryPageAndHandler()
    {
        var revision = (await stack.ExamAsync(Code))!.Revision;
        using var learner = await stack.Exams.SignInAsync("199205172018012002", sourceAddress: "127.0.0.95");
        using var anonymous = LoopbackHttp.Create(stack.Exams.Product.BaseUrl, "127.0.0.96");
        var token = HtmlForm.Hidden(await learner.GetStringAsync(""), "__RequestVerificationToken");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Form.PassingGrade"] = "1", ["Form.Title"] = "X", ["Revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        foreach (var (method, path) in Gets.Select(p => (HttpMethod.Get, p)).Concat(Posts.Select(p => (HttpMethod.Post, p))))
        {
            using var refused = await SendAsync(learner, method, path, form);
            Assert.True(
                refused.StatusCode == HttpStatusCode.Forbidden
                || (refused.StatusCode == HttpStatusCode.Redirect && PathOf(refused.Headers.Location).StartsWith("/AksesDitolak", StringComparison.Ordinal)),
                $"{method} {path}: {(int)refused.StatusCode} {refused.Headers.Location}");

            using var signedOut = await SendAsync(anonymous, method, path, form);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.StartsWith("/Login", PathOf(signedOut.Headers.Location), StringComparison.Ordinal);
        }

        Assert.Equal(revision, (await stack.ExamAsync(Code))!.Revision);
        using var news = await anonymous.GetAsync($"berita/{News}");
        Assert.Equal(HttpStatusCode.OK, news.StatusCode);
        var home = await learner.GetStringAsync("");
        Assert.DoesNotContain("href=\"/admin/bank-soal\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/berita\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminMenu_ShouldLinkBothPagesAndUnknownIdsShouldGet404()
    {
        using var admin = await stack.AdminAsync("127.0.0.97");

        var home = await admin.GetStringAsync("");
        Assert.Contains("href=\"/admin/bank-soal\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/berita\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/pelatihan/{Code}/ujian\"", await admin.GetStringAsync("admin/bank-soal"), StringComparison.Ordinal);
        foreach (var path in new[] { "admin/pelatihan/TIDAK-ADA/ujian", "admin/pelatihan/bad%20code/ujian/impor", $"admin/pelatihan/{Code}/ujian/soal/q999", "admin/berita/tulis/tidak-ada", "admin/berita/tulis/Bad%20Slug" })
        {
            using var response = await admin.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return await http.SendAsync(request);
    }

    private static string PathOf(Uri? location) => location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
