using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;
using Mooc.WebFrontend.Exams;

namespace Mooc.IntegrationTests.Exams;

/// <summary>The live exam over SignalR against the real silo and frontend processes, with real SignalR clients.</summary>
public sealed class ExamHubTests : IAsyncLifetime
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";

    private ExamStack _stack = null!;

    public async Task InitializeAsync() =>
        _stack = await ExamStack.StartAsync(("UJI-HUB", ExamFixture.Exam()), ("UJI-WAKTU", ExamFixture.Exam(durationMinutes: 1)));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    private IClusterClient Grains => _stack.Grains;

    private TestDatabase Database => _stack.Product.Database;

    [Fact]
    public async Task FullAttempt_ShouldSaveEachAnswerOnceGradeItAndNeverSendTheAnswerKey()
    {
        var attemptId = await ExamFixture.StartAsync(Grains, Andi, "UJI-HUB");
        var key = await KeyAsync(attemptId);
        await using var page = await OpenAsync(Andi);
        await using var otherTab = await OpenAsync(Andi);
        var pushed = new ConcurrentQueue<string>();
        otherTab.Connection.On<JsonElement>("updated", m => pushed.Enqueue(m.GetRawText()));
        page.Connection.On<JsonElement>("tick", m => page.Received.Enqueue(m.GetRawText()));

        // The tab opened last is the one the attempt is worked on (one page at a time); the other still hears the result.
        await otherTab.InvokeAsync("Join", attemptId);
        var state = await page.InvokeAsync("Join", attemptId);
        Assert.Equal(3, state.GetProperty("questions").GetArrayLength());
        Assert.InRange(state.GetProperty("remainingMs").GetInt64(), 19 * 60_000, 20 * 60_000);
        for (var n = 1; n <= 3; n++)
        {
            var ack = await page.InvokeAsync("SelectAnswer", attemptId, n, key[n - 1], (long)n);
            Assert.Equal("Saved", ack.GetProperty("status").GetString());
            await page.InvokeAsync("Navigate", attemptId, Math.Min(n + 1, 3));
        }

        var resent = await page.InvokeAsync("SelectAnswer", attemptId, 1, key[0], 1L);
        Assert.Equal("Duplicate", resent.GetProperty("status").GetString());
        var result = await page.InvokeAsync("Submit", attemptId);

        Assert.Equal("submitted", result.GetProperty("status").GetString());
        Assert.Equal((100, true), (result.GetProperty("result").GetProperty("score").GetInt32(), result.GetProperty("result").GetProperty("passed").GetBoolean()));
        Assert.Equal(3, await AnswersStoredAsync(attemptId));
        var update = await Eventually.GetAsync(() => Task.FromResult(pushed.FirstOrDefault(m => m.Contains("\"submitted\"", StringComparison.Ordinal))), m => m is not null, TimeSpan.FromSeconds(10), "the push to the other tab");
        Assert.Contains("\"score\":100", update, StringComparison.Ordinal);
        foreach (var message in page.Received.Concat(otherTab.Received).Concat(pushed))
        {
            Assert.DoesNotContain("correct", message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnotherLearner_ShouldBeRefusedOnEveryMethodAndChangeNothing()
    {
        var attemptId = await ExamFixture.StartAsync(Grains, Siti, "UJI-HUB");
        await using var intruder = await OpenAsync(Andi);
        var before = await Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}'");

        foreach (var (method, args) in new (string, object[])[]
                 {
                     ("Join", [attemptId]), ("SelectAnswer", [attemptId, 1, 0, 1L]), ("Navigate", [attemptId, 2]), ("Submit", [attemptId]),
                 })
        {
            var error = await Assert.ThrowsAsync<HubException>(() => intruder.Connection.InvokeCoreAsync<JsonElement>(method, args));
            Assert.Contains("bukan milik Anda", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}'"));
        var unknown = await Assert.ThrowsAsync<HubException>(() => intruder.Connection.InvokeCoreAsync<JsonElement>("Join", [Guid.NewGuid()]));
        Assert.Contains("tidak ditemukan", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousConnection_ShouldNotReachTheExamHub()
    {
        await using var connection = new HubConnectionBuilder().WithUrl(new Uri(_stack.Product.BaseUrl, "hubs/ujian")).Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());

        Assert.True(error.Message.Contains("401", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public async Task Reconnect_ShouldResumeAtTheSameQuestionWithEverySavedAnswerAndTheRightTime()
    {
        var attemptId = await ExamFixture.StartAsync(Grains, Siti, "UJI-HUB");
        int option;
        long remainingBefore;
        await using (var first = await OpenAsync(Siti))
        {
            remainingBefore = (await first.InvokeAsync("Join", attemptId)).GetProperty("remainingMs").GetInt64();
            option = 2;
            await first.InvokeAsync("SelectAnswer", attemptId, 2, option, 7L);
            await first.InvokeAsync("Navigate", attemptId, 2);
        }

        await Task.Delay(1500);
        await using var second = await OpenAsync(Siti);
        var state = await second.InvokeAsync("Join", attemptId);

        Assert.Equal(2, state.GetProperty("currentQuestion").GetInt32());
        Assert.Equal(option, state.GetProperty("answers").GetProperty("2").GetInt32());
        Assert.Equal(7, state.GetProperty("lastSequence").GetInt64());
        var remaining = state.GetProperty("remainingMs").GetInt64();
        Assert.InRange(remainingBefore - remaining, 1000, 10_000);
    }

    [Fact]
    public async Task AtTheDeadline_ShouldPushTheServersSubmissionToTheOpenPageAndRefuseLaterAnswers()
    {
        var attemptId = await ExamFixture.StartAsync(Grains, Andi, "UJI-WAKTU");
        await using var page = await OpenAsync(Andi);
        var pushed = new ConcurrentQueue<string>();
        page.Connection.On<JsonElement>("updated", m => pushed.Enqueue(m.GetRawText()));
        await page.InvokeAsync("Join", attemptId);
        Assert.Equal("Saved", (await page.InvokeAsync("SelectAnswer", attemptId, 1, 0, 1L)).GetProperty("status").GetString());

        var update = await Eventually.GetAsync(() => Task.FromResult(pushed.FirstOrDefault(m => m.Contains("\"submitted\"", StringComparison.Ordinal))),
            m => m is not null, TimeSpan.FromSeconds(75), "the server's submission pushed to the page");
        var late = await page.InvokeAsync("SelectAnswer", attemptId, 2, 0, 2L);

        Assert.Contains("\"submittedByServer\":true", update, StringComparison.Ordinal);
        Assert.Equal("Refused", late.GetProperty("status").GetString());
        Assert.Equal("Waktu ujian sudah habis; jawaban tidak disimpan.", late.GetProperty("reason").GetString());
        Assert.Equal(1, await AnswersStoredAsync(attemptId));
    }

    /// <summary>
    /// An answer the attempt cannot store yet (here another transaction holds the event table; in the silo fault run, a
    /// message sent to the silo the moment it was killed) must not keep the page waiting for Orleans' 30 s: the page is
    /// told within the hub's limit that it was not saved, and its resend is stored once the store takes it.
    /// </summary>
    [Fact]
    public async Task AnswerTheStoreCannotTakeYet_ShouldBeReportedUnsavedWithinTheLimitAndItsResendStoredOnce()
    {
        var attemptId = await ExamFixture.StartAsync(Grains, Andi, "UJI-HUB");
        var key = await KeyAsync(attemptId);
        await using var page = await OpenAsync(Andi);
        await page.InvokeAsync("Join", attemptId);

        await using var blocker = new Npgsql.NpgsqlConnection(Database.ConnectionString);
        await blocker.OpenAsync();
        var transaction = await blocker.BeginTransactionAsync();
        await using (var command = new Npgsql.NpgsqlCommand("lock table mooc.mt_events in exclusive mode", blocker, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<HubException>(() => page.InvokeAsync("SelectAnswer", attemptId, 1, key[0], 1L));
        waited.Stop();
        Assert.Contains("Server belum menanggapi", error.Message, StringComparison.Ordinal);
        Assert.True(waited.Elapsed < ExamHub.CallLimit + TimeSpan.FromSeconds(5), $"told after {waited.Elapsed.TotalSeconds:0.0} s, not after Orleans' 30 s");
        Assert.Equal(0, await AnswersStoredAsync(attemptId));

        await transaction.RollbackAsync();
        var resent = await page.InvokeAsync("SelectAnswer", attemptId, 1, key[0], 1L);
        Assert.Contains(resent.GetProperty("status").GetString(), new[] { "Saved", "Duplicate" });
        Assert.Equal(1, await AnswersStoredAsync(attemptId));
    }

    private Task<long> AnswersStoredAsync(Guid attemptId) =>
        Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'answer_selected'");

    private Task<IReadOnlyList<int>> KeyAsync(Guid attemptId) => AttemptKey.ReadAsync(Database, attemptId);

    private async Task<ExamPageClient> OpenAsync(string username) => new(await _stack.ConnectAsync(username));

    /// <summary>A real SignalR client of the exam hub that keeps the raw JSON of everything it got back.</summary>
    private sealed class ExamPageClient(HubConnection connection) : IAsyncDisposable
    {
        public HubConnection Connection { get; } = connection;

        public ConcurrentQueue<string> Received { get; } = new();

        public async Task<JsonElement> InvokeAsync(string method, params object[] args)
        {
            var result = await Connection.InvokeCoreAsync<JsonElement>(method, args);
            Received.Enqueue(result.GetRawText());
            return result;
        }

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
