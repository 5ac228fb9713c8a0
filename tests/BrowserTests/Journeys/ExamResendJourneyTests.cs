using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>
/// Issue 10: the database refuses to store answers for a few seconds while the examinee's connection stays up (a
/// PostgreSQL restart or fail-over seen from the page). The page keeps the answer as "Menyimpan…", sends it again by
/// itself (after 1, 2 and 5 s) and shows "Jawaban tersimpan" once it is stored, once.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class ExamResendJourneyTests(BrowserFixture fixture)
{
    // An account of this test's own: the exam it starts is no other journey's business.
    private const string Nip = "199603032022031006";
    private const string Password = "Uji#Simpan2026";
    private const string Refusal = "uji_tolak_simpan";

    [Fact]
    public async Task AnswerTheDatabaseRefusesForAFewSeconds_ShouldBeSentAgainByThePageAndStoredOnce()
    {
        var admin = await fixture.NewPageAsync();
        await admin.ImportLearnerAsync(Nip, "Dewi Lestari", "Lapas Kelas IIA Bogor", Password);
        await admin.Context.CloseAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.FillLoginAsync(Nip, Password);
        await page.EnrolAndCompleteEveryMaterialAsync("PLT-UMM-001", 6);
        await page.GotoAsync("/belajar/PLT-UMM-001?tab=ujian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai Ujian" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ujian/[0-9a-f-]{36}$"));
        var attemptId = Guid.Parse(page.Url[^36..]);
        await page.Locator("[data-options] input").Nth(0).CheckAsync();
        await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Jawaban tersimpan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Selanjutnya" }).ClickAsync();
        await Expect(page.GetByTestId("question-number")).ToHaveTextAsync("Soal 2 dari 10");

        // Every new event is refused from now on, as when the database is away; the page's connection stays up.
        await fixture.Product.Database.ExecuteAsync($"alter table mooc.mt_events add constraint {Refusal} check (false) not valid");
        try
        {
            await page.Locator("[data-options] input").Nth(2).CheckAsync();
            await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Menyimpan…");
            // Through the first two resends (after 1 and 2 s): still refused, still waiting, still online.
            await page.WaitForTimeoutAsync(3500);
            await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Menyimpan…");
            Assert.Equal(0, await AnswersStoredAsync(attemptId, question: 2));
        }
        finally
        {
            await fixture.Product.Database.ExecuteAsync($"alter table mooc.mt_events drop constraint if exists {Refusal}");
        }

        // The next resend (5 s after the last) goes in without the examinee doing anything.
        await Expect(page.GetByTestId("save-status")).ToHaveTextAsync("Jawaban tersimpan", new() { Timeout = 15_000 });
        Assert.Equal(1, await AnswersStoredAsync(attemptId, question: 2));

        await page.ReloadAsync();
        await Expect(page.GetByTestId("question-number")).ToHaveTextAsync("Soal 2 dari 10");
        await Expect(page.Locator("[data-options] input").Nth(2)).ToBeCheckedAsync();
        await Expect(page.GetByTestId("question-map").Locator("[data-answered='true']")).ToHaveCountAsync(2);
    }

    private async Task<long> AnswersStoredAsync(Guid attemptId, int question) =>
        await fixture.Product.Database.ScalarAsync<long>(
            $"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'answer_selected' " +
            $"and (data ->> 'QuestionNumber')::int = {question}");
}
