using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Exams;

/// <summary>The exam across processes: pushes through a second frontend, and a silo killed mid-exam.</summary>
public sealed class ExamClusterTests : IAsyncLifetime
{
    private const string Andi = "199001012015031001";
    private const string Yohanes = "198811232012121003";

    private ExamStack _stack = null!;

    public async Task InitializeAsync() =>
        _stack = await ExamStack.StartAsync(("UJI-KLS", ExamFixture.Exam()), ("UJI-MATI", ExamFixture.Exam(durationMinutes: 1)));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    private IClusterClient Grains => _stack.Grains;

    [Fact]
    public async Task SubmitThroughOneFrontend_ShouldBePushedToAPageOnTheOtherFrontend()
    {
        var second = await _stack.Product.AddFrontendAsync();
        var attemptId = await ExamFixture.StartAsync(Grains, Andi, "UJI-KLS");
        await using var pageOnFirst = await _stack.ConnectAsync(Andi);
        await using var pageOnSecond = await _stack.ConnectAsync(Andi, second);
        var pushed = new ConcurrentQueue<string>();
        pageOnSecond.On<JsonElement>("updated", m => pushed.Enqueue(m.GetRawText()));
        pageOnSecond.On<JsonElement>("tick", m => pushed.Enqueue(m.GetRawText()));
        // The page that joins last has the attempt (one page at a time); the other still hears the result.
        await pageOnSecond.InvokeAsync<JsonElement>("Join", attemptId);
        await pageOnFirst.InvokeAsync<JsonElement>("Join", attemptId);

        await pageOnFirst.InvokeAsync<JsonElement>("Submit", attemptId);

        var update = await Eventually.GetAsync(() => Task.FromResult(pushed.FirstOrDefault(m => m.Contains("\"submitted\"", StringComparison.Ordinal))),
            m => m is not null, TimeSpan.FromSeconds(15), "the push through the second frontend");
        Assert.Contains("\"score\"", update, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiloHostingTheAttemptKilled_ShouldLoseNoAcknowledgedAnswerAndStillSubmitAtTheDeadline()
    {
        // The attempt activates on the only silo; a second one joins; then the first is killed outright.
        var attemptId = await ExamFixture.StartAsync(Grains, Yohanes, "UJI-MATI");
        var deadline = (await Grains.GetGrain<IExamAttemptGrain>(attemptId).GetViewAsync(Yohanes)).Deadline;
        await using (var page = await _stack.ConnectAsync(Yohanes))
        {
            await page.InvokeAsync<JsonElement>("Join", attemptId);
            for (var n = 1; n <= 2; n++)
            {
                var ack = await page.InvokeAsync<JsonElement>("SelectAnswer", attemptId, n, 1, (long)n);
                Assert.Equal("Saved", ack.GetProperty("status").GetString());
            }
        }

        await _stack.Product.AddSiloAsync();
        await Eventually.GetAsync(() => Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true), h => h.Count == 2, TimeSpan.FromSeconds(60), "the second silo joining");
        _stack.Product.Processes[0].Kill();

        var view = await Eventually.GetAsync(
            async () =>
            {
                try
                {
                    return await Grains.GetGrain<IExamAttemptGrain>(attemptId).GetViewAsync(Yohanes);
                }
                catch (Exception ex) when (ex is not AttemptAccessDeniedException)
                {
                    return null;
                }
            },
            v => v is not null, TimeSpan.FromSeconds(90), "the attempt answering from the surviving silo");
        Assert.Equal([1, 2], view!.Answers.Keys.Order());

        var submitted = await Eventually.GetAsync(
            () => _stack.Product.Database.ScalarAsync<string>($"select data::text from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'exam_submitted'"),
            s => s is not null, TimeSpan.FromSeconds(120), "the server's submission after the silo loss");
        using var json = JsonDocument.Parse(submitted!);
        Assert.True(json.RootElement.GetProperty("ByServer").GetBoolean());
        Assert.Equal(deadline, json.RootElement.GetProperty("SubmittedAt").GetDateTimeOffset());
    }
}
