using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using Mooc.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>Issue 8: an admin creates a training with a reading and a video, publishes it, and a learner in another browser finds and opens it.</summary>
[Collection(ProductCollection.Name)]
public sealed class CourseEditorJourneyTests(BrowserFixture fixture)
{
    private const string Code = "PLT-BRW-001";
    private const string Title = "Etika Pelayanan Publik Uji Peramban";

    [Fact]
    public async Task AdminCreatesAndPublishesATraining_ShouldBeFoundAndOpenedByALearner()
    {
        var admin = await fixture.NewPageAsync();
        await admin.GotoAsync("/Login");
        await admin.FillLoginAsync("admin", "Admin#Mooc2026");
        await admin.GetByTestId("admin-menu").ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Kelola Pelatihan" }).ClickAsync();
        await admin.GetByTestId("new-course").ClickAsync();

        await admin.GetByLabel("Kode pelatihan").FillAsync(Code);
        await admin.GetByLabel("Judul", new() { Exact = true }).FillAsync(Title);
        await admin.GetByLabel("Ringkasan (pada kartu katalog)").FillAsync("Sikap dan etika ASN dalam melayani masyarakat.");
        await admin.GetByLabel("Level Kesulitan").SelectOptionAsync("Basic");
        await admin.GetByLabel("JP", new() { Exact = true }).FillAsync("8");
        await admin.GetByLabel("Durasi (hari)").FillAsync("10");
        await admin.GetByLabel("Deskripsi (Markdown)").FillAsync("Pelatihan **etika** pelayanan.\n\n- Integritas\n- Keramahan");
        await admin.GetByTestId("preview-description").ClickAsync();
        await Expect(admin.GetByTestId("description-preview").Locator("strong")).ToHaveTextAsync("etika");
        await admin.GetByLabel("Persyaratan (satu per baris)").FillAsync("ASN aktif\nMemiliki akun MOOC");
        await admin.GetByLabel("Nama instruktur").FillAsync("Drs. Bambang Uji");
        await admin.GetByLabel("Jabatan instruktur").FillAsync("Widyaiswara Ahli Madya");
        await admin.GetByLabel("Biografi instruktur").FillAsync("Mengajar etika pelayanan publik.");
        await admin.Locator("[name='Form.Materi[0].Judul']").FillAsync("Prinsip Etika Pelayanan");
        await admin.Locator("[name='Form.Materi[0].Menit']").FillAsync("15");
        await admin.Locator("[name='Form.Materi[1].Judul']").FillAsync("Video Melayani dengan Ramah");
        await admin.Locator("[name='Form.Materi[1].Jenis']").SelectOptionAsync("Video");
        await admin.Locator("[name='Form.Materi[1].Menit']").FillAsync("2");
        await admin.GetByTestId("save-course").ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex($"/admin/pelatihan/{Code}$"));
        await Expect(admin.GetByTestId("course-status")).ToHaveTextAsync("Draf");

        // The reading, previewed as learners will see it, then saved.
        await admin.GetByTestId("edit-material-m01").ClickAsync();
        await admin.GetByLabel("Isi bacaan (Markdown; HTML ditampilkan sebagai teks)").FillAsync("## Integritas\n\nBekerja **jujur** setiap hari.");
        await admin.GetByTestId("preview-reading").ClickAsync();
        await Expect(admin.GetByTestId("reading-preview").Locator("h2")).ToHaveTextAsync("Integritas");
        await admin.GetByTestId("save-reading").ClickAsync();
        await Expect(admin.GetByTestId("material-message")).ToBeVisibleAsync();

        // The video: a real WebM clip, its length read from the file.
        await admin.GotoAsync($"/admin/pelatihan/{Code}/materi/m02");
        await admin.Locator("#video").SetInputFilesAsync(Path.Combine(RepoPaths.Root, "src/WebFrontend/wwwroot/media/materi/PLT-UMM-001-m01.webm"));
        await admin.GetByTestId("upload-video").ClickAsync();
        await Expect(admin.GetByTestId("video-length")).ToHaveTextAsync("Durasi video: 60 detik");

        await admin.GotoAsync($"/admin/pelatihan/{Code}");
        await admin.GetByTestId("publish-course").ClickAsync();
        await Expect(admin.GetByTestId("course-status")).ToHaveTextAsync("Terbit");
        await admin.KeepScreenshotAsync("kelola-pelatihan");

        // A learner, in a browser of their own, finds it in the catalogue, enrols and opens both materials.
        var learner = await fixture.NewPageAsync(390, 844);
        await learner.GotoAsync("/Login");
        await learner.FillLoginAsync("199205172018012002", "Peserta#2026");
        await learner.GotoAsync("/?q=Etika+Pelayanan+Publik+Uji");
        await learner.ReloadUntilAsync(learner.Locator("main"), Title);
        await learner.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(learner.GetByTestId("course-description").Locator("strong")).ToHaveTextAsync("etika");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await learner.GotoAsync($"/belajar/{Code}/m01");
        await Expect(learner.Locator("[data-material-reading] h2")).ToHaveTextAsync("Integritas");
        await learner.GotoAsync($"/belajar/{Code}/m02");
        await Expect(learner.GetByTestId("video-duration")).ToHaveTextAsync("Durasi video 1:00");
        // The browser plays the clip from the database (byte ranges) and reads the same length.
        var seconds = await learner.Locator("[data-material-video]").EvaluateAsync<double>(
            "v => new Promise(r => v.readyState >= 1 ? r(v.duration) : v.addEventListener('loadedmetadata', () => r(v.duration)))");
        Assert.InRange(seconds, 59.5, 60.5);
    }
}
