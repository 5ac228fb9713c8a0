using System.Net;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.ContentAdmin;

/// <summary>"Kelola Berita" against the product's processes: a new item reaches the home page; withdrawn, it leaves it and its page is 404; bad input is refused field by field.</summary>
[Collection(ContentAdminStack.Collection)]
public sealed class NewsAdminTests(ContentAdminStack stack)
{
    private const string Title = "Uji Berita Admin Januari 2030";
    private const string Slug = "uji-berita-admin-januari-2030";

    [Fact]
    public async Task NewsWrittenByTheAdmin_ShouldBeOnTheHomePageUntilWithdrawnThenGoneWith404()
    {
        using var admin = await stack.AdminAsync("127.0.0.91");
        using var visitor = LoopbackHttp.Create(stack.Exams.Product.BaseUrl, "127.0.0.92");

        using (var created = await ContentAdminStack.PostAsync(admin, "admin/berita/tulis", "admin/berita/tulis", Fields()))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }

        await Eventually.GetAsync(() => visitor.GetStringAsync(""), home => home.Contains(Title, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the new item on the home page");
        var page = await visitor.GetStringAsync($"berita/{Slug}");
        Assert.Contains("Paragraf <strong>tebal</strong>.", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);

        using (await ContentAdminStack.PostAsync(admin, "admin/berita", $"admin/berita?handler=Tarik&slug={Slug}", new Dictionary<string, string>()))
        {
        }

        await Eventually.GetAsync(() => visitor.GetStringAsync(""), home => !home.Contains(Title, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the item gone from the home page");
        using (var gone = await visitor.GetAsync($"berita/{Slug}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.DoesNotContain(Title, await visitor.GetStringAsync("berita"), StringComparison.Ordinal);
        Assert.Contains($"data-slug=\"{Slug}\" data-withdrawn=\"true\"", await admin.GetStringAsync("admin/berita"), StringComparison.Ordinal);
        Assert.Equal("admin", await stack.Exams.Product.Database.ScalarAsync<string>(
            $"select data->>'AdminUsername' from mooc.mt_events where stream_id = 'news:{Slug}' and type = 'news_withdrawn'"));

        using (await ContentAdminStack.PostAsync(admin, "admin/berita", $"admin/berita?handler=Terbitkan&slug={Slug}", new Dictionary<string, string>()))
        {
        }

        await Eventually.GetAsync(() => visitor.GetStringAsync(""), home => home.Contains(Title, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the item back on the home page");
    }

    [Fact]
    public async Task BadNews_ShouldBeRefusedNextToItsFieldAndPreviewShouldSaveNothing()
    {
        using var admin = await stack.AdminAsync("127.0.0.93");

        foreach (var (field, value, error, message) in new[]
        {
            ("Form.Slug", "Bukan Slug", "error-Slug", "Slug hanya boleh berisi huruf kecil"),
            ("Form.Slug", "jadwal-ujian-akhir-serentak-november-2026", "error-Slug", "sudah dipakai berita lain"),
            ("Form.Title", "", "error-Title", "Judul wajib diisi"),
            ("Form.Date", "31-12-2026", "error-Date", "Tanggal tidak valid"),
        })
        {
            var fields = Fields(slug: "uji-berita-ditolak");
            fields[field] = value;
            using var refused = await ContentAdminStack.PostAsync(admin, "admin/berita/tulis", "admin/berita/tulis", fields);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Matches($"data-testid=\"{error}\"[^>]*>[^<]*{message}", await refused.Content.ReadAsStringAsync());
        }

        using var preview = await ContentAdminStack.PostAsync(admin, "admin/berita/tulis", "admin/berita/tulis?handler=Pratinjau", Fields(slug: "uji-berita-ditolak"));
        Assert.Contains("Paragraf <strong>tebal</strong>.", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var none = await admin.GetAsync("admin/berita/tulis/uji-berita-ditolak");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    private static Dictionary<string, string> Fields(string slug = "") => new()
    {
        ["Form.Slug"] = slug, ["Form.Title"] = Title, ["Form.Summary"] = "Ringkasan berita uji.", ["Form.Category"] = "Pengumuman", ["Form.Date"] = "2030-01-15",
        ["Form.Body"] = "Paragraf **tebal**.\n\nParagraf kedua <script>alert(1)</script>.",
    };
}
