using System.Net;

namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// Every hostile request of <see cref="PageInventory"/>: refused as the product does (404, a redirect to Login or
/// AksesDitolak, or the page shown without anything it should not show), never a server error, nothing stored, the
/// other learner's data never in the body, and nothing of the request reflected unencoded.
/// </summary>
[Collection(RefusalStack.Collection)]
public sealed class PageRefusalTests(RefusalStack stack)
{
    public static TheoryData<string> Cases => PageInventory.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_ShouldBeRefusedShowNothingOfAnotherLearnerAndStoreNothing(string name)
    {
        var c = PageInventory.Find(name);
        var (http, token) = c.Caller switch
        {
            PageCaller.Learner => (stack.AndiHttp, stack.AndiToken),
            PageCaller.Admin => (stack.AdminHttp, stack.AdminToken),
            _ => (stack.AnonymousHttp, ""),
        };
        var before = await stack.EventCountAsync();
        var url = c.Url(stack);
        using var request = new HttpRequestMessage(c.Method, url);
        if (c.Method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Reason"] = "uji penolakan",
                ["Form.Reason"] = "uji penolakan",
                ["Alasan"] = "uji penolakan",
            });
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(c.Statuses.Contains((int)response.StatusCode), $"{c.Name}: {(int)response.StatusCode} {response.Headers.Location}");
        if (c.RedirectTo is not null)
        {
            Assert.True(response.Headers.Location?.OriginalString.Contains(c.RedirectTo, StringComparison.Ordinal) == true, $"{c.Name}: went to {response.Headers.Location}");
        }

        Assert.True(before == await stack.EventCountAsync(), $"{c.Name}: events were stored");
        Assert.False(body.Contains("<script>alert(1)", StringComparison.OrdinalIgnoreCase), $"{c.Name}: the request was reflected unencoded");
        Assert.False(body.Contains("Exception", StringComparison.Ordinal), $"{c.Name}: the body shows an exception");
        if (c.Caller != PageCaller.Admin)
        {
            // What the request itself carried (a number typed into the address) may be echoed; nothing else of hers.
            foreach (var secret in stack.SitiSecrets.Where(s => !url.Contains(s, StringComparison.Ordinal)))
            {
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{c.Name}: the body shows another learner's '{secret}'");
            }
        }

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
