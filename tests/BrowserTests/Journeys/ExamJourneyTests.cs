using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>Manual E.1–E.3 in Chromium: Mulai Ujian, answering with Sebelumnya/Selanjutnya, a reload mid-exam, Selesai, the result.</summary>
[Collection(ProductCollection.Name)]
public sealed class ExamJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("198811232012121003", 1280, 800)]
    [InlineData("199205172018012002", 390, 844)]
    public async Task FinalExam_ShouldRunFromMulaiUjianToTheResultAndSurviveAReload(string username, int width, int height)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/Login");
        await page.FillLoginAsync(username, "Peserta#2026");
        await page.EnrolAndCompleteEveryMaterialAsync("PLT-UMM-001", 6);

        // E.1 The "Ujian Akhir" tab, then "Mulai Ujian".
        await page.GotoAsync("/belajar/PLT-UMM-001");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ujian Akhir", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai Ujian" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ujian/[0-9a-f-]{36}$"));

        // E.2 Question number, text, time left, options, Sebelumnya / Selanjutnya.
        await Expect(page.GetByTestId("question-number")).ToHaveTextAsync("Soal 1 dari 10");
        await Expect(page.GetByTestId("timer")).ToHaveTextAsync(new Regex("^1[45]:[0-5][0-9]$"));
        await page.AssertFitsTheScreenAsync();
        await page.Locator("[data-options] input").Nth(0).CheckAsync();
        await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Jawaban tersimpan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Selanjutnya" }).ClickAsync();
        await Expect(page.GetByTestId("question-number")).ToHaveTextAsync("Soal 2 dari 10");
        await page.Locator("[data-options] input").Nth(1).CheckAsync();
        await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Jawaban tersimpan");
        var question2 = await page.GetByTestId("question-text").InnerTextAsync();
        await page.KeepScreenshotAsync($"ujian-soal-{width}");

        // A reload resumes at the same question with every saved answer, and the time keeps running on the server.
        await page.ReloadAsync();
        await Expect(page.GetByTestId("question-number")).ToHaveTextAsync("Soal 2 dari 10");
        await Expect(page.GetByTestId("question-text")).ToHaveTextAsync(question2);
        await Expect(page.Locator("[data-options] input").Nth(1)).ToBeCheckedAsync();
        await Expect(page.GetByTestId("question-map").Locator("[data-answered='true']")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sebelumnya" }).ClickAsync();
        await Expect(page.GetByTestId("question-number")).ToHaveTextAsync("Soal 1 dari 10");
        await Expect(page.Locator("[data-options] input").Nth(0)).ToBeCheckedAsync();

        // "Selesai" lists the unanswered questions before handing in; E.3 the result.
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesai", Exact = true }).ClickAsync();
        await Expect(page.Locator("p[data-unanswered]")).ToHaveTextAsync("Soal yang belum dijawab: 3, 4, 5, 6, 7, 8, 9, 10.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, kumpulkan" }).ClickAsync();
        await Expect(page.GetByTestId("result")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-result-score]")).ToHaveTextAsync(new Regex(@"^Nilai (0|10|20)$"));
        await Expect(page.Locator("[data-result-status]")).ToHaveTextAsync("Tidak Lulus");
        await Expect(page.Locator("[data-result-detail]")).ToContainTextAsync("Sisa kesempatan ujian: 4");
        await page.KeepScreenshotAsync($"ujian-hasil-{width}");

        await page.GotoAsync("/riwayat-ujian");
        await page.ReloadUntilAsync(page.Locator("main"), "Orientasi ASN: Nilai Dasar BerAKHLAK");
        await Expect(page.GetByTestId("exam-history").Locator("tbody tr").First).ToContainTextAsync("Tidak Lulus");
    }

    [Fact]
    public async Task BrowserClockAnHourAhead_ShouldShowTheServersTimeLeftAnyway()
    {
        var page = await fixture.NewPageAsync();
        await page.Clock.InstallAsync(new() { TimeDate = DateTime.UtcNow.AddHours(1) });
        await page.GotoAsync("/Login");
        await page.FillLoginAsync("199001012015031001", "Peserta#2026");
        await page.EnrolAndCompleteEveryMaterialAsync("PLT-UMM-001", 6);
        await page.GotoAsync("/belajar/PLT-UMM-001?tab=ujian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai Ujian" }).ClickAsync();

        await Expect(page.GetByTestId("timer")).ToHaveTextAsync(new Regex("^1[45]:[0-5][0-9]$"));
        var browserAhead = TimeSpan.FromMilliseconds(await page.EvaluateAsync<double>("() => Date.now()") - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.True(browserAhead > TimeSpan.FromMinutes(55), $"the browser's clock is only {browserAhead} ahead");
    }
}
