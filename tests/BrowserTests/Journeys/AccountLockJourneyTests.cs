using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>Issue 8/9: an admin locks a learner who is signed in in another browser; the learner's next click lands on Login.</summary>
[Collection(ProductCollection.Name)]
public sealed class AccountLockJourneyTests(BrowserFixture fixture)
{
    // An account of this test's own, so a failure here leaves no demo account locked for the other journeys.
    private const string Nip = "199512122021121005";
    private const string Password = "Uji#Kunci2026";

    [Fact]
    public async Task AdminLock_ShouldSendTheSignedInLearnerToLoginOnTheirNextClick()
    {
        var admin = await fixture.NewPageAsync();
        await admin.ImportLearnerAsync(Nip, "Lina Kusuma", "Rutan Kelas I Depok", Password);

        var learner = await fixture.NewPageAsync(390, 844);
        await learner.GotoAsync("/Login");
        await learner.FillLoginAsync(Nip, Password);
        await Expect(learner).ToHaveURLAsync(new Regex("/Dashboard$"));

        await admin.GetByTestId("admin-menu").ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Kelola Akun" }).ClickAsync();
        await admin.GetByLabel("Nama, NIP, username atau unit").FillAsync("lina kus");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Lina Kusuma" }).ClickAsync();
        await admin.GetByLabel("Alasan (wajib, dicatat di riwayat akun)").FillAsync("Perangkat dilaporkan hilang");
        await admin.GetByTestId("lock").ClickAsync();
        await Expect(admin.GetByTestId("account-status")).ToHaveTextAsync("Dikunci");
        await Expect(admin.GetByTestId("account-history")).ToContainTextAsync("Perangkat dilaporkan hilang");
        await admin.KeepScreenshotAsync("kelola-akun");

        await learner.Locator("#konten").GetByRole(AriaRole.Link, new() { Name = "Menu Pelatihan" }).ClickAsync();
        await Expect(learner).ToHaveURLAsync(new Regex("/Login"));
        await learner.FillLoginAsync(Nip, Password);
        await Expect(learner.GetByText("Akun Anda dikunci. Hubungi admin.")).ToBeVisibleAsync();
    }
}
