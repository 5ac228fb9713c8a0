using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Monitoring;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Integrity;

/// <summary>
/// Proctoring over the real exam hub (issue 9): a signal reaches the admin board within a second and is stored at the
/// server's time; a second page takes the attempt over and the first is told and refused; the incident limit ends
/// the attempt; bad signals and someone else's attempt are refused with the stream unchanged.
/// </summary>
[Collection(IntegrityCollection.Name)]
public sealed class ProctoringTests(IntegrityStack stack)
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string PageA = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private const string PageB = "0f9e8d7c6b5a49382716e5d4c3b2a1f0";

    private ExamStack Exams => stack.Exams;

    [Fact]
    public async Task LeavingTheTab_ShouldReachTheBoardWithinASecondAndBeStoredAtServerTime()
    {
        var (board, attemptId) = await WatchedAttemptAsync(IntegrityStack.Recorded);
        await using var watching = board;
        await using var learner = await Exams.ConnectAsync(Andi, page: PageA);
        var joined = await learner.InvokeAsync<JsonElement>("Join", attemptId);
        Assert.Equal(("record", 0), (joined.GetProperty("integrity").GetString(), joined.GetProperty("incidents").GetInt32()));

        var before = DateTimeOffset.UtcNow;
        var ack = await learner.InvokeAsync<JsonElement>("ReportSignal", attemptId, "TabHidden");
        var acknowledged = Stopwatch.GetTimestamp();
        Assert.Equal((true, 1, "RecordOnly", false), (ack.GetProperty("recorded").GetBoolean(), ack.GetProperty("incidents").GetInt32(),
            ack.GetProperty("policy").GetString(), ack.GetProperty("ended").GetBoolean()));

        var (row, at) = await board.RowAsync(attemptId, r => r.GetProperty("incidents").GetInt32() == 1, TimeSpan.FromSeconds(10));
        var delay = Stopwatch.GetElapsedTime(acknowledged, at);
        Assert.True(delay <= TimeSpan.FromSeconds(1), $"the incident reached the board after {delay.TotalMilliseconds:F0} ms");
        Assert.Equal("TabHidden", row.GetProperty("lastIncident").GetString());
        var storedAt = DateTimeOffset.Parse(
            (await Exams.Product.Database.ScalarAsync<string>($"select data->>'At' from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'proctoring_signal_recorded'"))!,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(storedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));

        // Coming back is recorded and not counted; a repeat within a moment is one incident.
        await learner.InvokeAsync<JsonElement>("ReportSignal", attemptId, "TabVisible");
        var repeat = await learner.InvokeAsync<JsonElement>("ReportSignal", attemptId, "TabHidden");
        Assert.Equal((false, 1), (repeat.GetProperty("recorded").GetBoolean(), repeat.GetProperty("incidents").GetInt32()));
        Assert.Equal(2L, await SignalsAsync(attemptId));
    }

    [Fact]
    public async Task BadSignalsAndSomeoneElsesAttempt_ShouldBeRefusedAndChangeNothing()
    {
        var attemptId = await ExamFixture.StartAsync(Exams.Grains, Siti, IntegrityStack.Recorded);
        await using var owner = await Exams.ConnectAsync(Siti, page: PageA);
        await owner.InvokeAsync<JsonElement>("Join", attemptId);
        await using var other = await Exams.ConnectAsync(Andi, page: PageB);
        var events = await EventsAsync(attemptId);

        foreach (var name in new[] { "SecondSession", "99", "tabhidden", "TabHidden,TabVisible", "", new string('X', 5000) })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => owner.InvokeAsync<JsonElement>("ReportSignal", attemptId, name));
            Assert.Contains("Sinyal pengawasan tidak dikenal", refused.Message, StringComparison.Ordinal);
        }

        var notYours = await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<JsonElement>("ReportSignal", attemptId, "TabHidden"));
        Assert.Contains("bukan milik Anda", notYours.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<JsonElement>("ReportSignal", Guid.NewGuid(), "TabHidden"));
        Assert.Equal(events, await EventsAsync(attemptId));
    }

    [Fact]
    public async Task SecondPage_ShouldTakeTheAttemptOverAndTheFirstPageShouldBeToldAndRefused()
    {
        var (board, attemptId) = await WatchedAttemptAsync(IntegrityStack.Pages);
        await using var watching = board;
        var key = await AttemptKey.ReadAsync(Exams.Product.Database, attemptId);
        await using var first = await Exams.ConnectAsync(Andi, page: PageA);
        var told = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        first.On<JsonElement>("updated", u =>
        {
            if (u.GetProperty("activePage").GetString() == PageB)
            {
                told.TrySetResult(u);
            }
        });
        Assert.False((await first.InvokeAsync<JsonElement>("Join", attemptId)).GetProperty("tookOver").GetBoolean());
        Assert.Equal("Saved", (await first.InvokeAsync<JsonElement>("SelectAnswer", attemptId, 1, key[0], 1L)).GetProperty("status").GetString());

        // The same page reconnecting is the same page: no incident.
        await using (var again = await Exams.ConnectAsync(Andi, page: PageA))
        {
            Assert.False((await again.InvokeAsync<JsonElement>("Join", attemptId)).GetProperty("tookOver").GetBoolean());
        }

        await using var second = await Exams.ConnectAsync(Andi, page: PageB);
        var claim = await second.InvokeAsync<JsonElement>("Join", attemptId);
        Assert.True(claim.GetProperty("tookOver").GetBoolean());
        await told.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var (row, _) = await board.RowAsync(attemptId, r => r.GetProperty("lastIncident").GetString() == "SecondSession", TimeSpan.FromSeconds(5));
        Assert.Equal(1, row.GetProperty("incidents").GetInt32());

        // The page it was taken from stores nothing; the one that has it does.
        var refused = await first.InvokeAsync<JsonElement>("SelectAnswer", attemptId, 2, key[1], 2L);
        Assert.Equal("Elsewhere", refused.GetProperty("status").GetString());
        var navigate = await Assert.ThrowsAsync<HubException>(() => first.InvokeAsync<JsonElement>("Navigate", attemptId, 3));
        Assert.Contains("tab atau perangkat lain", navigate.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => first.InvokeAsync<JsonElement>("Submit", attemptId));
        Assert.Equal("Saved", (await second.InvokeAsync<JsonElement>("SelectAnswer", attemptId, 2, key[1], 3L)).GetProperty("status").GetString());

        // "Lanjutkan di sini" on the first page takes it back, which is another incident.
        Assert.True((await first.InvokeAsync<JsonElement>("Join", attemptId)).GetProperty("tookOver").GetBoolean());
        Assert.Equal("Elsewhere", (await second.InvokeAsync<JsonElement>("SelectAnswer", attemptId, 3, key[2], 4L)).GetProperty("status").GetString());
        Assert.Equal("Saved", (await first.InvokeAsync<JsonElement>("SelectAnswer", attemptId, 3, key[2], 5L)).GetProperty("status").GetString());
        Assert.Equal(2L, await SignalsAsync(attemptId));
        Assert.Equal(3L, await Exams.Product.Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'answer_selected'"));
    }

    [Fact]
    public async Task IncidentLimit_ShouldEndTheAttemptAndBothTheLearnerAndTheBoardSeeIt()
    {
        var (board, attemptId) = await WatchedAttemptAsync(IntegrityStack.Limited);
        await using var watching = board;
        await using var learner = await Exams.ConnectAsync(Andi, page: PageA);
        var ended = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        learner.On<JsonElement>("updated", u =>
        {
            if (u.GetProperty("status").GetString() == "submitted")
            {
                ended.TrySetResult(u);
            }
        });
        var joined = await learner.InvokeAsync<JsonElement>("Join", attemptId);
        Assert.Equal(("submit", 2), (joined.GetProperty("integrity").GetString(), joined.GetProperty("incidentLimit").GetInt32()));

        var first = await learner.InvokeAsync<JsonElement>("ReportSignal", attemptId, "CopyAttempted");
        Assert.Equal((1, 2, false), (first.GetProperty("incidents").GetInt32(), first.GetProperty("limit").GetInt32(), first.GetProperty("ended").GetBoolean()));
        var last = await learner.InvokeAsync<JsonElement>("ReportSignal", attemptId, "WindowBlurred");
        Assert.True(last.GetProperty("ended").GetBoolean());

        var pushed = await ended.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(pushed.GetProperty("result").GetProperty("endedForIncidents").GetBoolean());
        var (row, _) = await board.RowAsync(attemptId, r => r.GetProperty("status").GetString() == "Submitted", TimeSpan.FromSeconds(5));
        Assert.Equal((true, 2), (row.GetProperty("endedForIncidents").GetBoolean(), row.GetProperty("incidents").GetInt32()));
        Assert.Equal(1L, await Exams.Product.Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'exam_ended_for_incidents'"));

        // After the end a page's signals change nothing.
        var after = await learner.InvokeAsync<JsonElement>("ReportSignal", attemptId, "TabHidden");
        Assert.False(after.GetProperty("recorded").GetBoolean());
        Assert.Equal(2L, await SignalsAsync(attemptId));
    }

    /// <summary>An admin watching the training's board, and an attempt of Andi started on it.</summary>
    private async Task<(BoardClient Board, Guid AttemptId)> WatchedAttemptAsync(string code)
    {
        var board = await BoardClient.ConnectAsync(Exams.Product.BaseUrl, "admin", ExamStack.AdminPassword);
        await board.WatchAsync(code);
        return (board, await ExamFixture.StartAsync(Exams.Grains, Andi, code));
    }

    private Task<long> SignalsAsync(Guid attemptId) =>
        Exams.Product.Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'proctoring_signal_recorded'");

    private Task<long> EventsAsync(Guid attemptId) =>
        Exams.Product.Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}'");
}
