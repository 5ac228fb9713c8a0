using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>Manual section D in Chromium: enrol, read to the end, watch a video, see progress and totals change.</summary>
[Collection(ProductCollection.Name)]
public sealed class LearningJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ReadingToTheEndAndWatchingAVideo_ShouldTickBothAndRaiseProgressAndTotals()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.FillLoginAsync("199205172018012002", "Peserta#2026");
        var followedBefore = int.Parse(await page.GetByTestId("total-followed").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await page.GotoAsync("/pelatihan/PLT-UMM-001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Buka Materi" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/belajar/PLT-UMM-001$"));
        await Expect(page.GetByTestId("progress-text")).ToContainTextAsync("0 dari 6 materi selesai (0%)");

        // D.b A video (the first material), played at 16x speed: done once 90% of it has really been played.
        var video = page.Locator("video[data-material-video]");
        await Expect(video).ToBeVisibleAsync();
        await video.EvaluateAsync("v => { v.muted = true; v.playbackRate = 16; return v.play(); }");
        await Expect(page.Locator("[data-material-id='m01']")).ToHaveAttributeAsync("data-done", "true", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("progress-text")).ToContainTextAsync("1 dari 6 materi selesai (16%)");

        // D.a A reading, scrolled to its end.
        await page.GetByRole(AriaRole.Link, new() { Name = "Materi berikutnya" }).ClickAsync();
        await Expect(page.Locator("[data-material-id='m02']")).ToHaveAttributeAsync("data-done", "false");
        await page.Locator("[data-reading-end]").ScrollIntoViewIfNeededAsync();
        await Expect(page.Locator("[data-material-id='m02']")).ToHaveAttributeAsync("data-done", "true");
        await Expect(page.GetByTestId("progress-text")).ToContainTextAsync("2 dari 6 materi selesai (33%)");
        await page.KeepScreenshotAsync("belajar-bacaan");

        // The lists and totals are read models: they follow within about a second.
        await page.GotoAsync("/pelatihan-saya?tab=aktif");
        await page.ReloadUntilAsync(page.Locator("#aktif [data-course-code='PLT-UMM-001'] [data-testid='training-progress']"), "2 dari 6 materi selesai (33%)");
        await page.GotoAsync("/Dashboard");
        await page.ReloadUntilAsync(page.GetByTestId("total-followed"), (followedBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("total-completed")).ToHaveTextAsync("0");
        await page.KeepScreenshotAsync("dashboard");

        // A page reload keeps the ticks: they come from the learner's events.
        await page.GotoAsync("/belajar/PLT-UMM-001/m02");
        await Expect(page.Locator("[data-material-id='m01']")).ToHaveAttributeAsync("data-done", "true");
        await Expect(page.Locator("[data-material-id='m03']")).ToHaveAttributeAsync("data-done", "false");
    }

    [Fact]
    public async Task SkippingToTheEndOfAVideo_ShouldNotCountAsWatched()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.FillLoginAsync("198811232012121003", "Peserta#2026");
        await page.GotoAsync("/pelatihan/PLT-IMI-001");
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).CountAsync() > 0)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        }

        await page.GotoAsync("/belajar/PLT-IMI-001/m02");
        var video = page.Locator("video[data-material-video]");
        await video.EvaluateAsync("v => new Promise(r => { const go = () => { v.muted = true; v.currentTime = v.duration - 1; v.play().then(() => v.addEventListener('ended', r, { once: true })); }; v.readyState >= 1 ? go() : v.addEventListener('loadedmetadata', go, { once: true }); })");

        await Expect(page.Locator("[data-material-id='m02']")).ToHaveAttributeAsync("data-done", "false");
        await Expect(page.GetByTestId("progress-text")).ToContainTextAsync("0 dari 8 materi selesai");
    }

    [Fact]
    public async Task LearningPageAndHistoryOnA390PixelPhone_ShouldFitTheScreen()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/Login");
        await page.FillLoginAsync("199001012015031001", "Peserta#2026");
        await page.GotoAsync("/pelatihan/PLT-IMI-003");
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).CountAsync() > 0)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        }

        foreach (var path in new[] { "/belajar/PLT-IMI-003", "/belajar/PLT-IMI-003?tab=ujian", "/riwayat-ujian", "/pelatihan-saya?tab=selesai" })
        {
            await page.GotoAsync(path);
            await page.AssertFitsTheScreenAsync();
        }

        await Expect(page.GetByText("Belum ada pelatihan yang selesai.")).ToBeVisibleAsync();
    }
}
