using System.Net;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.CourseAdmin;

/// <summary>
/// "Kelola Pelatihan" against the product's processes: an admin creates a training with every field through the
/// pages, fills its materials (a Markdown reading, an uploaded MP4) and publishes it; the public detail page shows
/// every field; a refused form stores nothing and says why.
/// </summary>
[Collection(CourseAdminCollection.Name)]
public sealed class CourseEditorTests(CourseAdminStack stack)
{
    private const string Code = "PLT-UJI-101";

    [Fact]
    public async Task AdminCreatesATrainingWithEveryField_ShouldAppearInTheCatalogueWithEachField()
    {
        using var admin = await stack.SignInAsync("admin", CourseAdminStack.AdminPassword, "127.0.0.81");
        var clip = Mp4File.Build(timescale: 1000, duration: 12_000);

        using var created = await AdminForm.PostAsync(admin, "admin/pelatihan/baru", "admin/pelatihan/baru", Fields(), ("pratinjau", "pratinjau.mp4", clip));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/pelatihan/{Code}", AdminForm.Target(created));
        var editor = await admin.GetStringAsync($"admin/pelatihan/{Code}");
        Assert.Contains("data-status=\"Draft\"", editor, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/pelatihan/{Code}/ujian\"", editor, StringComparison.Ordinal);
        using var anonymous = LoopbackHttp.Create(stack.Product.BaseUrl, "127.0.0.81");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"pelatihan/{Code}")).StatusCode);

        // The draft's materials get their content, then it is published.
        using var reading = await AdminForm.PostAsync(admin, $"admin/pelatihan/{Code}/materi/m01", $"admin/pelatihan/{Code}/materi/m01?handler=Bacaan",
            [("Markdown", "# Dasar\n\nTeks **penting** dan <script>alert(1)</script>.")]);
        Assert.Equal(HttpStatusCode.Redirect, reading.StatusCode);
        using var video = await AdminForm.PostAsync(admin, $"admin/pelatihan/{Code}/materi/m02", $"admin/pelatihan/{Code}/materi/m02?handler=Video",
            [], ("video", "materi.mp4", Mp4File.Build(timescale: 600, duration: 600 * 95 + 300)));
        Assert.Equal(HttpStatusCode.Redirect, video.StatusCode);
        using var published = await AdminForm.PostAsync(admin, $"admin/pelatihan/{Code}", $"admin/pelatihan/{Code}?handler=Terbitkan", [("alasan", "Siap")]);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var home = await Eventually.GetAsync(() => anonymous.GetStringAsync("?q=Keprotokolan"), h => h.Contains(Code, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the training in the catalogue");
        Assert.Contains("Keprotokolan Imigrasi Uji", home, StringComparison.Ordinal);
        var detail = await anonymous.GetStringAsync($"pelatihan/{Code}");
        foreach (var shown in new[]
                 {
                     "Keprotokolan Imigrasi Uji", "<strong>tebal</strong>", "<li>Butir satu</li>", "Memiliki akun MOOC", "Berkas pendukung siap",
                     "Dr. Sari Uji", "Widyaiswara Ahli Muda Uji", "Pengalaman sepuluh tahun", "Bacaan Dasar Uji", "Video Praktik Uji",
                     "Menengah", "Penyelenggara Uji", "/media/unggahan/",
                 })
        {
            Assert.Contains(shown, detail, StringComparison.Ordinal);
        }

        var description = await stack.Grains.GetGrain<ICourseGrain>(Code).GetDescriptionAsync();
        Assert.Equal((CourseLevel.Intermediate, 24, false, 30), (description!.Level, description.LessonHours, description.HasCertificate, description.DurationDays));
        Assert.Equal(["m01", "m02"], description.Materials.Select(m => m.Id));
        Assert.Equal(("Video Praktik Uji", MaterialKind.Video, 7), (description.Materials[1].Title, description.Materials[1].Kind, description.Materials[1].Minutes));

        // Every change names the admin.
        var unnamed = await stack.Product.Database.ScalarAsync<long>(
            $"select count(*) from mooc.mt_events where stream_id = 'course:{Code}' and data->>'AdminUsername' is distinct from 'admin'");
        Assert.Equal(0, unnamed);
    }

    [Fact]
    public async Task InvalidForms_ShouldChangeNothingAndShowTheirMessage()
    {
        const string code = "PLT-UJI-102";
        await stack.PublishAsync(code, "Pelatihan Tetap");
        var before = await stack.Grains.GetGrain<ICourseGrain>(code).GetAdminViewAsync();
        using var admin = await stack.SignInAsync("admin", CourseAdminStack.AdminPassword, "127.0.0.82");

        using var badCode = await AdminForm.PostAsync(admin, "admin/pelatihan/baru", "admin/pelatihan/baru", Fields() with { Code = "plt-1" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Contains("Kode pelatihan harus berpola PLT-XXX-000", await badCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var taken = await AdminForm.PostAsync(admin, "admin/pelatihan/baru", "admin/pelatihan/baru", Fields() with { Code = code });
        Assert.Contains($"Kode pelatihan {code} sudah dipakai.", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var noJp = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}", $"admin/pelatihan/{code}", Fields() with { Jp = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, noJp.StatusCode);
        Assert.Contains("JP harus berupa angka 1 sampai 1.000.", await noJp.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var noTitle = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}", $"admin/pelatihan/{code}", Fields() with { Title = " " });
        Assert.Contains("Judul wajib diisi, maksimal 200 karakter.", await noTitle.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var notVideo = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}/materi/m02", $"admin/pelatihan/{code}/materi/m02?handler=Video",
            [], ("video", "bukan-video.mp4", "%PDF-1.7 bukan video"u8.ToArray()));
        Assert.Contains("Berkas ini bukan video MP4 atau WebM.", await notVideo.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var tooBig = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}/materi/m02", $"admin/pelatihan/{code}/materi/m02?handler=Video",
            [], ("video", "besar.mp4", Mp4File.Build(1000, 5000, mdatBytes: 3 * 1024 * 1024)));
        Assert.Contains("Berkas video terlalu besar; ukuran maksimal 2 MB.", await tooBig.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var withdrawn = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}", $"admin/pelatihan/{code}?handler=Tarik", [("alasan", "")]);
        Assert.Contains("Alasan wajib diisi, maksimal 500 karakter.", await withdrawn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await stack.Grains.GetGrain<ICourseGrain>(code).GetAdminViewAsync();
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(after));
        Assert.Equal(0, await stack.Product.Database.ScalarAsync<long>("select count(*) from media.uploads where original_name in ('bukan-video.mp4', 'besar.mp4')"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("admin/pelatihan/PLT-1")).StatusCode);
    }

    [Fact]
    public async Task PublishingADraftWithAnEmptyMaterial_ShouldBeRefusedNamingIt()
    {
        using var admin = await stack.SignInAsync("admin", CourseAdminStack.AdminPassword, "127.0.0.83");
        using var created = await AdminForm.PostAsync(admin, "admin/pelatihan/baru", "admin/pelatihan/baru", Fields() with { Code = "PLT-UJI-103" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var refused = await AdminForm.PostAsync(admin, "admin/pelatihan/PLT-UJI-103", "admin/pelatihan/PLT-UJI-103?handler=Terbitkan", []);

        Assert.Contains("Setiap materi harus diisi sebelum pelatihan diterbitkan; belum diisi: m01, m02.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CourseStatus.Draft, await stack.Grains.GetGrain<ICourseGrain>("PLT-UJI-103").GetStatusAsync());
    }

    [Fact]
    public async Task ReorderRetitleAndRemove_ShouldKeepIdsRetireTheRemovedOneAndCountProgressOnTheNewList()
    {
        const string code = "PLT-UJI-104";
        await stack.PublishAsync(code, "Pelatihan Disusun Ulang");
        var andi = stack.Grains.GetGrain<Mooc.Grains.Abstractions.Learning.ILearnerGrain>("199001012015031001");
        await andi.EnrolAsync(code);
        await andi.CompleteMaterialAsync(code, "m01");
        using var admin = await stack.SignInAsync("admin", CourseAdminStack.AdminPassword, "127.0.0.84");

        using var saved = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}", $"admin/pelatihan/{code}", Fields().Where(f => !f.Item1.StartsWith("Form.Materi", StringComparison.Ordinal)).Concat(
        [
            ("Form.Materi[0].Id", "m01"), ("Form.Materi[0].Judul", "Bacaan Awal"), ("Form.Materi[0].Jenis", "Reading"), ("Form.Materi[0].Menit", "10"), ("Form.Materi[0].Urutan", "1"), ("Form.Materi[0].Hapus", "true"),
            ("Form.Materi[1].Id", "m02"), ("Form.Materi[1].Judul", "Video Diperbarui"), ("Form.Materi[1].Jenis", "Video"), ("Form.Materi[1].Menit", "9"), ("Form.Materi[1].Urutan", "2"),
            ("Form.Materi[2].Id", ""), ("Form.Materi[2].Judul", "Bacaan Pengganti"), ("Form.Materi[2].Jenis", "Reading"), ("Form.Materi[2].Menit", "12"), ("Form.Materi[2].Urutan", "1"),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = await stack.Grains.GetGrain<ICourseGrain>(code).GetAdminViewAsync();
        Assert.Equal([("m03", "Bacaan Pengganti"), ("m02", "Video Diperbarui")], view!.Description.Materials.Select(m => (m.Id, m.Title)));
        Assert.Equal(["m01"], view.RetiredMaterialIds);
        Assert.Equal(CourseStatus.Published, view.Status);
        Assert.Contains("m01", (await andi.GetProgressAsync(code)).CompletedMaterialIds);
        using var learner = await stack.SignInAsync("199001012015031001", CourseAdminStack.LearnerPassword, "127.0.0.84");
        var page = await Eventually.GetAsync(() => learner.GetStringAsync($"belajar/{code}/m02"), p => p.Contains("Video Diperbarui", StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the new list");
        Assert.Contains("0 dari 2 materi selesai (0%)", page, StringComparison.Ordinal);
    }

    private static CourseFields Fields() => new(Code, "Keprotokolan Imigrasi Uji", "24");

    /// <summary>Every field of the editor, as the admin fills it in.</summary>
    private sealed record CourseFields(string Code, string Title, string Jp) : IEnumerable<(string, string)>
    {
        public IEnumerator<(string, string)> GetEnumerator() => new List<(string, string)>
        {
            ("Form.Kode", Code), ("Form.Judul", Title), ("Form.Ringkasan", "Ringkasan keprotokolan untuk kartu."),
            ("Form.Level", "Intermediate"), ("Form.Jp", Jp), ("Form.Sertifikat", "false"), ("Form.Penyelenggara", "Penyelenggara Uji"),
            ("Form.Deskripsi", "Paragraf dengan **tebal**.\n\n- Butir satu\n- Butir dua"), ("Form.Persyaratan", "Memiliki akun MOOC\r\n\r\nBerkas pendukung siap"),
            ("Form.InstrukturNama", "Dr. Sari Uji"), ("Form.InstrukturJabatan", "Widyaiswara Ahli Muda Uji"), ("Form.InstrukturBiografi", "Pengalaman sepuluh tahun."),
            ("Form.DurasiHari", "30"),
            ("Form.Materi[0].Id", ""), ("Form.Materi[0].Judul", "Bacaan Dasar Uji"), ("Form.Materi[0].Jenis", "Reading"), ("Form.Materi[0].Menit", "15"), ("Form.Materi[0].Urutan", "1"),
            ("Form.Materi[1].Id", ""), ("Form.Materi[1].Judul", "Video Praktik Uji"), ("Form.Materi[1].Jenis", "Video"), ("Form.Materi[1].Menit", "7"), ("Form.Materi[1].Urutan", "2"),
            ("Form.Materi[2].Id", ""), ("Form.Materi[2].Judul", ""), ("Form.Materi[2].Menit", ""),
        }.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
