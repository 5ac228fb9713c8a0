using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Journeys;

/// <summary>The user manual's sections A → B → C, walked in Chromium as a learner would.</summary>
[Collection(ProductCollection.Name)]
public sealed class ManualJourneyTests(BrowserFixture fixture)
{
    private const string DemoPassword = "Peserta#2026";

    [Fact]
    public async Task HomeLoginDetailDaftarLogout_ShouldWorkAsTheManualDescribes()
    {
        var page = await fixture.NewPageAsync();

        // A. Home: trainings and news.
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Daftar Pelatihan" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("news").Locator("article")).ToHaveCountAsync(3);
        await page.GetByTestId("news").Locator("a").First.ClickAsync();
        await Expect(page.Locator("article h1")).ToBeVisibleAsync();
        await page.GoBackAsync();

        // B. Login at the top right: a wrong password, a wrong captcha, the refresh icon, then the right one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Login", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Login"));
        await page.FillLoginAsync("199001012015031001", "salah-sekali");
        await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Username atau password salah.");
        await page.FillLoginAsync("199001012015031001", DemoPassword, captcha: "SALAH");
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Kode captcha salah");
        var before = await page.Locator("[data-captcha-image]").GetAttributeAsync("src");
        await page.GetByRole(AriaRole.Link, new() { Name = "Muat ulang captcha" }).ClickAsync();
        await Expect(page.Locator("[data-captcha-image]")).Not.ToHaveAttributeAsync("src", before!);
        Assert.True(await page.Locator("[data-captcha-image]").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the new captcha image did not load");
        await page.FillLoginAsync("199001012015031001", DemoPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/Dashboard$"));
        await Expect(page.GetByTestId("display-name")).ToHaveTextAsync("Andi Pratama");

        // C. A training: detail, summary, "Daftar"; it appears in the list and the count rises.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pelayanan Paspor Berbasis Digital" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Daftar Materi" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Profil Instruktur" })).ToBeVisibleAsync();
        var previewSeconds = await page.Locator("video").EvaluateAsync<double>(
            "v => v.readyState >= 1 ? v.duration : new Promise(r => v.addEventListener('loadedmetadata', () => r(v.duration), { once: true }))");
        Assert.InRange(previewSeconds, 11, 13);
        var count = int.Parse(await page.GetByTestId("participant-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("enrol-message")).ToContainTextAsync("Pendaftaran berhasil");
        await page.ReloadUntilAsync(page.GetByTestId("participant-count"), (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Link, new() { Name = "Menu Pelatihan" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Pelatihan yang Diikuti" })).ToBeVisibleAsync();
        await page.ReloadUntilAsync(page.Locator("#diikuti"), "Pelayanan Paspor Berbasis Digital");

        // B.6 Logout from the profile menu.
        await page.GetByTestId("profile-menu").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logout" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Login", Exact = true })).ToBeVisibleAsync();
        await page.GotoAsync("/Dashboard");
        await Expect(page).ToHaveURLAsync(new Regex("/Login"));
    }

    [Fact]
    public async Task SearchAndLevelFilter_ShouldNarrowTheCatalogue()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Cari pelatihan" }).FillAsync("paspor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Expect(page.Locator("article.course-card")).ToHaveCountAsync(1);
        await Expect(page.Locator("article.course-card")).ToContainTextAsync("Pelayanan Paspor Berbasis Digital");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reset" }).ClickAsync();
        await page.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = "Lanjutan" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Expect(page.Locator("article.course-card")).ToHaveCountAsync(1);
        await Expect(page.Locator("article[data-course-code='PLT-IMI-003']")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Cari pelatihan" }).FillAsync("tidak ada yang cocok");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("catalog-empty")).ToHaveTextAsync("Tidak ada pelatihan yang cocok dengan pencarian Anda.");
    }

    [Fact]
    public async Task AnonymousDaftarOnAPhone_ShouldGoThroughLoginAndBackToTheTraining()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("/pelatihan/PLT-PAS-002");
        await page.AssertFitsTheScreenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Login\\?ReturnUrl=%2Fpelatihan%2FPLT-PAS-002"));
        await page.AssertFitsTheScreenAsync();
        await page.FillLoginAsync("198811232012121003", DemoPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/pelatihan/PLT-PAS-002$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("enrol-message")).ToContainTextAsync("Pendaftaran berhasil");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).CountAsync());
        await Expect(page.GetByTestId("already-enrolled")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task KeyboardAlone_ShouldSignIn()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Login");

        await TabUntilAsync(page, "input[name='Form.Username']");
        await page.Keyboard.TypeAsync("199205172018012002");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoPassword);
        await TabUntilAsync(page, "input[name='Form.Captcha']");
        await page.Keyboard.TypeAsync(Mooc.TestSupport.ProductStack.CaptchaCode);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/Dashboard$"));
        await Expect(page.GetByTestId("display-name")).ToHaveTextAsync("Siti Rahmawati");
    }

    [Fact]
    public async Task EveryPageOfSectionsAToC_ShouldFitA390PixelPhone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        foreach (var path in new[] { "/", "/berita", "/pelatihan/PLT-IMI-002", "/Login" })
        {
            await page.GotoAsync(path);
            await page.AssertFitsTheScreenAsync();
        }

        await page.FillLoginAsync("198811232012121003", DemoPassword);
        foreach (var path in new[] { "/Dashboard", "/pelatihan-saya" })
        {
            await page.GotoAsync(path);
            await page.AssertFitsTheScreenAsync();
        }
    }

    [Fact]
    public async Task EnglishSwitch_ShouldTranslateTheInterfaceAndSwitchBack()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/pelatihan/PLT-IMI-001");

        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(new Regex("/pelatihan/PLT-IMI-001$"));
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true })).ToBeVisibleAsync();

        await page.GetByTestId("language-switch").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "id");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigasi utama" }).GetByRole(AriaRole.Link, new() { Name = "Beranda", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"() => document.activeElement?.matches(\"{selector}\") ?? false"))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Tab never reached {selector}");
    }
}
