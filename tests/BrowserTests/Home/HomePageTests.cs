using Microsoft.Playwright;
using Mooc.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Home;

[Collection(ProductCollection.Name)]
public sealed class HomePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HomePage_ShouldShowTheTrainingCatalogueInIndonesian()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Beranda"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Daftar Pelatihan" })).ToBeVisibleAsync();
        await Expect(page.Locator("article.course-card")).ToHaveCountAsync(6);
        await Expect(page.Locator("article[data-course-code='PLT-IMI-001']")).ToContainTextAsync("Pelayanan Paspor Berbasis Digital");
        await Expect(page.Locator("article[data-course-code='PLT-IMI-001']")).ToContainTextAsync("20 JP");
    }

    [Fact]
    public async Task ServerClock_ShouldShowTheServersTimeReceivedOverSignalR()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");

        var clock = page.Locator("[data-server-clock]");
        await Expect(clock).ToHaveAttributeAsync("data-synced", "true");
        await Expect(clock).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{2}:\d{2}:\d{2} WIB$"));
    }

    [Fact]
    public async Task HomePage_OnA390PixelPhone_ShouldFitWithoutSidewaysScrolling()
    {
        var page = await fixture.NewPageAsync(390, 844);

        await page.GotoAsync("/");
        await Expect(page.Locator("article.course-card").First).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone screen");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Buka menu" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task KeyboardUser_ShouldReachTheSkipLinkFirst()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        await Expect(page.Locator(":focus")).ToHaveTextAsync("Lewati ke konten utama");
    }
}
