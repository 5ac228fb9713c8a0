using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>
/// Issue 8: an admin watches a learner take the exam live, each in a browser of their own, ends it and reopens it;
/// issue 9: the learner leaving the exam tab reaches the board as an incident within a second.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class ExamBoardJourneyTests(BrowserFixture fixture)
{
    private const string Code = "PLT-IMI-002";

    [Fact]
    public async Task Admin_ShouldWatchALearnerTakeTheExamLive()
    {
        var admin = await fixture.NewPageAsync();
        await admin.GotoAsync("/Login");
        await admin.FillLoginAsync("admin", "Admin#Mooc2026");
        await admin.GetByTestId("admin-menu").ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Pantau Ujian" }).ClickAsync();
        await Expect(admin.GetByTestId("overview").Locator($"[data-overview-course='{Code}']")).ToBeVisibleAsync();
        await Expect(admin.Locator("[data-board-connection]")).ToHaveTextAsync("Langsung");
        await admin.GetByLabel("Pelatihan").SelectOptionAsync(Code);
        await Expect(admin).ToHaveURLAsync(new Regex($"/admin/ujian/{Code}$"));
        await Expect(admin.Locator("[data-board-connection]")).ToHaveTextAsync("Langsung");

        var learner = await fixture.NewPageAsync(390, 844);
        await learner.GotoAsync("/Login");
        await learner.FillLoginAsync("198811232012121003", "Peserta#2026");
        await learner.EnrolAndCompleteEveryMaterialAsync(Code, 7);
        await learner.GotoAsync($"/belajar/{Code}?tab=ujian");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Mulai Ujian" }).ClickAsync();
        await Expect(learner.GetByTestId("question-number")).ToHaveTextAsync("Soal 1 dari 10");

        // The examinee appears on the board, online, and every answer and move shows up there without a reload.
        var row = admin.GetByTestId("board-rows").Locator("tbody tr", new() { HasText = "Yohanes Marpaung" });
        await Expect(row).ToContainTextAsync("0/10");
        await Expect(row.Locator("[data-online]")).ToHaveTextAsync("Online");
        await learner.Locator("[data-options] input").Nth(2).CheckAsync();
        await Expect(learner.GetByTestId("save-status")).ToHaveTextAsync("Jawaban tersimpan");
        await Expect(row).ToContainTextAsync("1/10");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Selanjutnya" }).ClickAsync();
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("2");
        await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync(new Regex("^2[0-5]:[0-5][0-9]$"));
        await Expect(admin.Locator("[data-total='inProgress']")).Not.ToHaveTextAsync("0");

        // Issue 9: the examinee leaves the exam tab; within a second the board shows it as an incident. Headless Chromium
        // keeps every tab visible, so the page is told what a browser tells it when its tab goes to the background.
        await SetTabHiddenAsync(learner, true);
        await Expect(row.Locator("[data-incidents]")).ToHaveAttributeAsync("data-incidents", "1", new() { Timeout = 1000 });
        await Expect(row.Locator("[data-last-incident]")).ToContainTextAsync("Meninggalkan tab");
        await SetTabHiddenAsync(learner, false);
        await admin.KeepScreenshotAsync("pantau-ujian");

        // A supervisor ends the exam (a fault in the room, say): the learner's page shows it at once.
        var dialog = admin.Locator("[data-action-dialog]");
        await row.GetByRole(AriaRole.Button, new() { Name = "Akhiri ujian" }).ClickAsync();
        await dialog.GetByLabel("Alasan").FillAsync("Komputer peserta mati");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(learner.GetByTestId("result")).ToContainTextAsync("Ujian diakhiri oleh pengawas.");
        await Expect(row).ToContainTextAsync("Tidak Lulus");

        // "Buka kembali": the learner's page goes back to the question they were on, with the new time and the answer kept.
        await row.GetByRole(AriaRole.Button, new() { Name = "Buka kembali" }).ClickAsync();
        await dialog.GetByLabel("Alasan").FillAsync("Komputer peserta sudah diganti");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(learner.GetByTestId("question-number")).ToHaveTextAsync("Soal 2 dari 10");
        await Expect(learner.GetByTestId("question-map").Locator("button").First).ToHaveAttributeAsync("data-answered", "true");
        await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync(new Regex("^(09|10):[0-5][0-9]$"));

        // The learner hands in: the board shows the result and the totals move.
        await learner.GetByRole(AriaRole.Button, new() { Name = "Selesai", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Ya, kumpulkan" }).ClickAsync();
        await Expect(learner.GetByTestId("result")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync(new Regex("(Tidak Lulus|Lulus) · [0-9]+"));
        await Expect(admin.Locator("[data-total='submitted']")).Not.ToHaveTextAsync("0");

        // The overview across all trainings counts the same submission.
        await admin.GotoAsync("/admin/ujian");
        await Expect(admin.Locator($"[data-overview-course='{Code}'] [data-total='submitted']")).Not.ToHaveTextAsync(new Regex("^(–|0)$"));
        await admin.KeepScreenshotAsync("pantau-ujian-semua");
    }

    private static Task SetTabHiddenAsync(IPage page, bool hidden) => page.EvaluateAsync(
        """
        hidden => {
          Object.defineProperty(document, "visibilityState", { configurable: true, get: () => hidden ? "hidden" : "visible" });
          Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
          document.dispatchEvent(new Event("visibilitychange"));
        }
        """, hidden);
}
