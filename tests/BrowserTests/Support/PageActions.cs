using Microsoft.Playwright;
using Mooc.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Mooc.BrowserTests.Support;

/// <summary>Steps a user takes again and again, written once.</summary>
public static class PageActions
{
    public static async Task FillLoginAsync(this IPage page, string username, string password, string captcha = ProductStack.CaptchaCode)
    {
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByLabel("Captcha", new() { Exact = true }).FillAsync(captcha);
        await page.GetByRole(AriaRole.Button, new() { Name = "Login", Exact = true }).ClickAsync();
    }

    /// <summary>Reloads until the page shows what the read model will show within about a second (async projections).</summary>
    public static async Task ReloadUntilAsync(this IPage page, ILocator locator, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !(await locator.InnerTextAsync()).Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(300);
            await page.ReloadAsync();
        }

        await Expect(locator).ToContainTextAsync(text);
    }

    /// <summary>Keeps a picture of the page under playwright-artifacts/ (ignored by git) for a person to look at.</summary>
    public static Task KeepScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Mooc.TestSupport.RepoPaths.Root, "playwright-artifacts", $"{name}.png"), FullPage = true });

    public static async Task AssertFitsTheScreenAsync(this IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the screen");
    }

    /// <summary>Enrols and marks every material done through the same endpoint the learning page uses.</summary>
    public static async Task EnrolAndCompleteEveryMaterialAsync(this IPage page, string code, int materials)
    {
        await page.GotoAsync($"/pelatihan/{code}");
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).CountAsync() > 0)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Daftar", Exact = true }).ClickAsync();
        }

        await page.GotoAsync($"/belajar/{code}/m01");
        for (var i = 1; i <= materials; i++)
        {
            var status = await page.EvaluateAsync<int>(
                "async url => (await fetch(url, { method: 'POST', headers: { RequestVerificationToken: document.querySelector(\"form[data-antiforgery-form] input[name='__RequestVerificationToken']\").value } })).status",
                $"/belajar/{code}/m{i:00}?handler=Selesai");
            Assert.Equal(200, status);
        }
    }

    /// <summary>
    /// Signs the admin in on this page and imports one learner account on "Impor Akun" (an account of a test's own, so
    /// what the test does to it touches no demo account); the page stays signed in as the admin.
    /// </summary>
    public static async Task ImportLearnerAsync(this IPage admin, string nip, string name, string unit, string password)
    {
        await admin.GotoAsync("/Login");
        await admin.FillLoginAsync("admin", "Admin#Mooc2026");
        await admin.GotoAsync("/admin/akun/impor");
        await admin.Locator("#berkas").SetInputFilesAsync(new FilePayload
        {
            Name = "akun.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(
                $"nip;nama;unit;email;peran;password\n{nip};{name};{unit};{nip}@example.go.id;peserta;{password}\n"),
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();
        await Expect(admin.GetByTestId("import-summary")).ToContainTextAsync("1 akun dibuat");
    }
}
