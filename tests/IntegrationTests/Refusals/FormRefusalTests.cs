using System.Net;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Refusals;

/// <summary>Forms whose fields carry an address: a hostile return address goes home, never elsewhere and never to an error.</summary>
[Collection(RefusalStack.Collection)]
public sealed class FormRefusalTests(RefusalStack stack)
{
    public static TheoryData<string> ReturnAddresses => ["//evil.example", "/\\evil.example", "https://evil.example/", "/a\tb", "/\u0001", "javascript:alert(1)", "", "/\u0085x", "/ok\r\nSet-Cookie: x=1"];

    [Theory]
    [MemberData(nameof(ReturnAddresses))]
    public async Task LanguageSwitchWithAHostileReturnAddress_ShouldGoHome(string returnUrl)
    {
        using var http = LoopbackHttp.Create(stack.Exams.Product.BaseUrl);
        var token = HtmlForm.Hidden(await http.GetStringAsync("Login"), "__RequestVerificationToken");
        var before = await stack.EventCountAsync();

        using var response = await http.PostAsync("bahasa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = "en",
            ["returnUrl"] = returnUrl,
        }));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"/bahasa with '{Shown(returnUrl)}': {(int)response.StatusCode}");
        Assert.True(response.Headers.Location?.OriginalString == "/", $"/bahasa with '{Shown(returnUrl)}' went to {response.Headers.Location}");
        Assert.Equal(before, await stack.EventCountAsync());
    }

    private static string Shown(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
