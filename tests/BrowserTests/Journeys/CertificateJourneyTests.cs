using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using Mooc.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>Manual E.3–E.4 in Chromium: pass the final exam, "Download Sertifikat", the certificate page, the PDF, verification.</summary>
[Collection(ProductCollection.Name)]
public sealed class CertificateJourneyTests(BrowserFixture fixture)
{
    private const string Code = "PLT-PAS-001";

    [Fact]
    public async Task PassedExam_ShouldLeadFromTheResultToTheCertificatePdfAndItsPublicVerification()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.FillLoginAsync("199001012015031001", "Peserta#2026");
        await page.EnrolAndCompleteEveryMaterialAsync(Code, 7);
        await page.GotoAsync($"/belajar/{Code}?tab=ujian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai Ujian" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ujian/[0-9a-f-]{36}$"));

        // Every answer right: the attempt's key in its own order comes from its ExamStarted event.
        var key = await AttemptKey.ReadAsync(fixture.Product.Database, Guid.Parse(page.Url[^36..]));
        for (var n = 1; n <= key.Count; n++)
        {
            await Expect(page.GetByTestId("question-number")).ToHaveTextAsync($"Soal {n} dari {key.Count}");
            await page.Locator("[data-options] input").Nth(key[n - 1]).CheckAsync();
            await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Jawaban tersimpan");
            if (n < key.Count)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Selanjutnya" }).ClickAsync();
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Selesai", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, kumpulkan" }).ClickAsync();
        await Expect(page.Locator("[data-result-status]")).ToHaveTextAsync("Lulus");

        // "Download Sertifikat" → the certificate page (E.4 a) → the PDF (E.4 b).
        await page.GetByRole(AriaRole.Link, new() { Name = "Download Sertifikat" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sertifikat/[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"));
        var number = page.Url[^19..];
        await Expect(page.GetByTestId("certificate-name")).ToHaveTextAsync("Andi Pratama");
        await Expect(page.GetByTestId("certificate-training")).ToHaveTextAsync("Pembinaan Narapidana dan Anak Binaan");
        await Expect(page.GetByTestId("certificate-number")).ToHaveTextAsync(number);
        await page.KeepScreenshotAsync("sertifikat");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" }).ClickAsync());
        Assert.Equal($"sertifikat-{number}.pdf", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"mooc-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(file), 0, 5), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        // The training page shows the button too; the public verification page needs no login.
        await page.GotoAsync($"/pelatihan/{Code}");
        await Expect(page.GetByTestId("download-certificate")).ToHaveAttributeAsync("href", $"/sertifikat/{number}");
        var visitor = await fixture.NewPageAsync(390, 844);
        await visitor.GotoAsync("/verifikasi");
        await visitor.GetByLabel("Nomor sertifikat").FillAsync(number.ToLowerInvariant());
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        await Expect(visitor.GetByTestId("verification-valid")).ToContainTextAsync("Sertifikat sah");
        await Expect(visitor.GetByTestId("verification-details")).ToContainTextAsync("Andi Pratama");
        await visitor.AssertFitsTheScreenAsync();
        await visitor.KeepScreenshotAsync("verifikasi-390");
    }
}
