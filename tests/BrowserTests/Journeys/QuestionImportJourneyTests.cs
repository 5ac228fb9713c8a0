using System.Text;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>In Chromium: the admin reaches "Impor Soal" through the menu, uploads a CSV with bad rows and reads every row's problem; the bank is unchanged.</summary>
[Collection(ProductCollection.Name)]
public sealed class QuestionImportJourneyTests(BrowserFixture fixture)
{
    private const string Code = "PLT-IMI-003";

    [Fact]
    public async Task BadCsv_ShouldShowTheErrorTableAndImportNothing()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/Login");
        await page.FillLoginAsync("admin", "Admin#Mooc2026");
        await page.GotoAsync("/admin/bank-soal");
        await page.GetByTestId("bank-list").Locator($"a[href='/admin/pelatihan/{Code}/ujian']").ClickAsync();
        var size = await page.GetByTestId("bank-size").InnerTextAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Impor Soal" }).ClickAsync();

        const string csv = "pertanyaan;opsi_a;opsi_b;opsi_c;opsi_d;jawaban\nBaik?;a;b;c;d;A\n;a;b;c;d;A\nTiga?;a;b;c;;B\n";
        await page.GetByLabel("Berkas CSV (maksimal 2 MB, 2.000 soal)").SetInputFilesAsync(new FilePayload { Name = "soal.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("import-refused")).ToContainTextAsync("Tidak ada soal yang diimpor: perbaiki 2 kesalahan");
        var rows = page.GetByTestId("import-errors").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("Teks pertanyaan kosong.");
        await Expect(rows.Nth(0).Locator("td").First).ToHaveTextAsync("3");
        await Expect(rows.Nth(1)).ToContainTextAsync("Hanya 3 pilihan jawaban terisi; perlu 4 atau 5.");
        await page.AssertFitsTheScreenAsync();
        await page.KeepScreenshotAsync("impor-soal-gagal");

        await page.GetByRole(AriaRole.Link, new() { Name = Code }).ClickAsync();
        await Expect(page.GetByTestId("bank-size")).ToHaveTextAsync(size);
    }
}
