using Mooc.BrowserTests.Support;

namespace Mooc.BrowserTests.Home;

[Collection(ProductCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task InlineStyleSlippedIntoAPage_ShouldBeRefusedAndFailTheSuite()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        // What an injected fragment (or a careless template) would do: markup with a style attribute.
        var message = await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p id=\"uji-csp\" style=\"color: rgb(255, 0, 0)\">x</p>')"),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.Ordinal) });
        var color = await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('uji-csp')).color");

        Assert.Contains("style-src", message.Text, StringComparison.Ordinal);
        Assert.NotEqual("rgb(255, 0, 0)", color);
        // The fixture saw it too, so the same thing on a real page fails a test; taken here because it was on purpose.
        Assert.NotEmpty(fixture.TakePolicyViolations());
    }
}
