using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Observability;

/// <summary>The metrics, dashboard and structured logs of the real silo and frontend processes (issue #10).</summary>
public sealed class ObservabilityTests(ObservabilityFixture fixture) : IClassFixture<ObservabilityFixture>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    private ExamStack Stack => fixture.Stack;

    private ProductProcess Silo => Stack.Product.Silos.Single();

    [Fact]
    public async Task AnswerThroughTheHub_ShouldBeCountedOnTheFrontendAndTheSilo()
    {
        var attemptId = await ExamFixture.StartAsync(Stack.Grains, ObservabilityFixture.Andi, ObservabilityFixture.Training);
        await using var page = await Stack.ConnectAsync(ObservabilityFixture.Andi);
        await page.InvokeAsync<System.Text.Json.JsonElement>("Join", attemptId);
        var ack = await page.InvokeAsync<System.Text.Json.JsonElement>("SelectAnswer", attemptId, 1, 0, 1L);
        Assert.Equal("Saved", ack.GetProperty("status").GetString());

        var frontend = await ScrapeUntilAsync(Stack.Product.BaseUrl, s => PrometheusText.Sum(s, "mooc_exam_answers_total", "status=\"Saved\"") >= 1);
        Assert.True(PrometheusText.Sum(frontend, "mooc_exam_answer_ack_duration_seconds_count") >= 1, frontend);
        Assert.True(PrometheusText.Sum(frontend, "mooc_signalr_connections", "hub=\"ExamHub\"") >= 1, frontend);
        Assert.NotNull(PrometheusText.Sum(frontend, "http_server_request_duration_seconds_count"));

        var silo = await ScrapeUntilAsync(Silo.OperationsUrl!, s => PrometheusText.Sum(s, "mooc_exam_answers_stored_total") >= 1);
        Assert.NotNull(PrometheusText.Sum(silo, "mooc_projection_lag_events"));
        Assert.NotNull(PrometheusText.Sum(silo, "mooc_projection_lag_seconds"));
        Assert.NotNull(PrometheusText.Sum(silo, "orleans_catalog_activations"));
    }

    [Fact]
    public async Task FrontendMetricsThroughALocalBalancer_ShouldBeRefusedToTheRemoteClient()
    {
        using var http = new HttpClient { BaseAddress = Stack.Product.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        using var local = await http.GetAsync("metrics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var remote = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remote.StatusCode);
    }

    [Fact]
    public async Task SiloOperationsEndpoint_ShouldServeTheDashboardAndLiveness()
    {
        using var http = new HttpClient { BaseAddress = Silo.OperationsUrl, Timeout = TimeSpan.FromSeconds(10) };

        using var dashboard = await http.GetAsync("/");
        using var live = await http.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("text/html", dashboard.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Orleans Dashboard", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ok", await live.Content.ReadAsStringAsync());
        // The dashboard gathers its figures every few seconds; at first they are empty.
        await Eventually.GetAsync(() => http.GetStringAsync("DashboardCounters"), c => c.Contains("mooc", StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(30), "the silo's grains on the dashboard");
    }

    [Fact]
    public async Task ServerSubmissionAtTheDeadline_ShouldBeCountedInTheDeadlineDelay()
    {
        var scrape = await ScrapeUntilAsync(Silo.OperationsUrl!, s => PrometheusText.Sum(s, "mooc_exam_deadline_delay_seconds_count") >= 1,
            TimeSpan.FromSeconds(100));

        Assert.Equal(1, await Stack.Product.Database.ScalarAsync<long>(
            $"select count(*) from mooc.mt_events where stream_id = 'attempt:{fixture.LeftToTheDeadline:N}' and type = 'exam_submitted'"));
        Assert.True(PrometheusText.Sum(scrape, "mooc_exam_deadline_delay_seconds_sum") >= 0, scrape);
        AssertLoggedWithAttemptId(fixture.LeftToTheDeadline, "submitted by the server at the deadline");
    }

    [Fact]
    public async Task JsonLogsOfAnAttempt_ShouldCarryItsIdAsAField()
    {
        var attemptId = await ExamFixture.StartAsync(Stack.Grains, ObservabilityFixture.Yohanes, ObservabilityFixture.Training);

        await Eventually.GetAsync(() => Task.FromResult(Silo.Output), o => o.Contains($"Exam attempt {attemptId}", StringComparison.Ordinal), Within,
            "the attempt's start in the silo's log");

        AssertLoggedWithAttemptId(attemptId, "started");
    }

    /// <summary>The silo's JSON log line about the attempt that says <paramref name="what"/> carries AttemptId in its scopes.</summary>
    private void AssertLoggedWithAttemptId(Guid attemptId, string what)
    {
        var line = Silo.Output.Split('\n').First(l => l.Contains($"Exam attempt {attemptId}", StringComparison.Ordinal) && l.Contains(what, StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        var scopes = json.RootElement.GetProperty("Scopes").EnumerateArray();
        Assert.Contains(scopes, s => s.TryGetProperty("AttemptId", out var id) && id.GetString() == attemptId.ToString());
    }

    private static async Task<string> ScrapeUntilAsync(Uri baseUrl, Func<string, bool> done, TimeSpan? timeout = null)
    {
        using var http = LoopbackHttp.Create(baseUrl);
        return await Eventually.GetAsync(() => http.GetStringAsync("metrics"), done, timeout ?? Within, $"the expected samples at {baseUrl}metrics");
    }
}
