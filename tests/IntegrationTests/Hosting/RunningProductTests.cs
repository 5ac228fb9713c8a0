using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.Silo.DemoContent;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Hosting;

/// <summary>The product as `./mooc run` starts it: a silo process and a frontend process on one database.</summary>
public sealed class RunningProductTests : IAsyncLifetime
{
    private ProductStack _stack = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _stack = await ProductStack.StartAsync();
        _http = new HttpClient { BaseAddress = _stack.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _stack.DisposeAsync();
    }

    [Fact]
    public async Task Health_ShouldReportPostgresOrleansAndProjectionsHealthy()
    {
        using var response = await _http.GetAsync("health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        foreach (var check in new[] { "postgresql", "orleans", "projections" })
        {
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }

        Assert.Equal(1, body.GetProperty("checks").GetProperty("orleans").GetProperty("data").GetProperty("activeSilos").GetInt32());
    }

    [Fact]
    public async Task HomePage_ShouldListEverySeededTrainingFromTheProjection()
    {
        string html = "";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            html = await _http.GetStringAsync("/");
            if (DemoCourses.All.Values.All(c => html.Contains(System.Net.WebUtility.HtmlEncode(c.Title), StringComparison.Ordinal)))
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Contains("Daftar Pelatihan", html, StringComparison.Ordinal);
        Assert.All(DemoCourses.All.Values, c => Assert.Contains(System.Net.WebUtility.HtmlEncode(c.Title), html, StringComparison.Ordinal));
        Assert.Contains("lang=\"id\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockHub_ShouldAnswerARealSignalRClientWithTheServersTime()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(_stack.BaseUrl, "hubs/clock")).Build();
        await connection.StartAsync();

        var serverMs = await connection.InvokeAsync<long>("GetServerTime");

        var difference = Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - serverMs);
        Assert.True(difference < 5_000, $"server time differs from this machine's by {difference} ms");
    }

    [Fact]
    public async Task PreviewVideo_ShouldBeServedInRangesForTheVideoPlayer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "media/pratinjau/PLT-IMI-001.webm");
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 1023);

        using var response = await _http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("video/webm", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1024, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.True(response.Content.Headers.ContentRange!.Length > 10_000);
    }

    [Fact]
    public async Task StaticAssets_ShouldBeServedFromTheBuildWithoutAnyCdn()
    {
        var html = await _http.GetStringAsync("/");
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        using var css = await _http.GetAsync("dist/site.css");
        using var js = await _http.GetAsync("dist/site.js");
        Assert.True(css.IsSuccessStatusCode && js.IsSuccessStatusCode, $"site.css: {css.StatusCode}, site.js: {js.StatusCode}");
        Assert.Contains(".navbar", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
