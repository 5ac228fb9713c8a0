using System.Text.Json;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Infrastructure.Database;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.Exams.Sweep;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Exams;

/// <summary>
/// The start-up sweep: an attempt whose deadline passed while the whole cluster was down is submitted as soon as a silo
/// is back, dated at its deadline; one whose deadline is still ahead keeps running.
/// </summary>
public sealed class DeadlineSweepTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task DeadlinePassedWhileTheWholeClusterWasDown_ShouldBeSubmittedAtStartDatedAtTheDeadline()
    {
        Guid shortAttempt, longAttempt;
        DateTimeOffset deadline;
        var silo = await InProcessSilo.StartAsync(_db);
        try
        {
            await ExamFixture.PublishAsync(silo.Grains(), "UJI-SAPU", ExamFixture.Exam(durationMinutes: 1));
            await ExamFixture.PublishAsync(silo.Grains(), "UJI-PANJANG", ExamFixture.Exam(durationMinutes: 30));
            shortAttempt = await ExamFixture.StartAsync(silo.Grains(), "ani", "UJI-SAPU");
            longAttempt = await ExamFixture.StartAsync(silo.Grains(), "budi", "UJI-PANJANG");
            var attempt = silo.Grains().GetGrain<IExamAttemptGrain>(shortAttempt);
            Assert.Equal(AnswerAckStatus.Saved, (await attempt.SelectAnswerAsync("ani", 1, 2, 1)).Status);
            deadline = (await attempt.GetViewAsync("ani")).Deadline;
        }
        finally
        {
            // The whole cluster goes down before the deadline (its only silo).
            await silo.StopAsync();
            silo.Dispose();
        }

        Assert.Null(await SubmittedAsync(shortAttempt));
        await Task.Delay(deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));

        // While down: the reminder table names the overdue attempt and not the running one.
        var overdue = await new OverdueAttemptQuery(ConnectionStrings.ForOrleans(_db.ConnectionString), _db.Name).FindAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        Assert.Equal([shortAttempt], overdue);

        var restarted = await InProcessSilo.StartAsync(_db);
        var up = DateTimeOffset.UtcNow;
        try
        {
            var submitted = await Eventually.GetAsync(() => SubmittedAsync(shortAttempt), s => s is not null, TimeSpan.FromSeconds(30), "the sweep's submission");
            var (data, committedAt) = submitted!.Value;
            // Dated at the deadline, by the server, committed right after the start (not at a later reminder tick).
            Assert.True(data.GetProperty("ByServer").GetBoolean());
            Assert.Equal(deadline, data.GetProperty("SubmittedAt").GetDateTimeOffset());
            Assert.InRange(committedAt - up, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(3));
            var view = await restarted.Grains().GetGrain<IExamAttemptGrain>(shortAttempt).GetViewAsync("ani");
            Assert.Equal(AttemptStatus.Submitted, view.Status);
            Assert.Equal(2, view.Answers[1]);

            Assert.Null(await SubmittedAsync(longAttempt));
            Assert.Equal(AttemptStatus.InProgress, (await restarted.Grains().GetGrain<IExamAttemptGrain>(longAttempt).GetViewAsync("budi")).Status);
        }
        finally
        {
            await restarted.StopAsync();
            restarted.Dispose();
        }
    }

    private async Task<(JsonElement Data, DateTimeOffset CommittedAt)?> SubmittedAsync(Guid attempt)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"select data::text, timestamp from mooc.mt_events where stream_id = 'attempt:{attempt:N}' and type = 'exam_submitted'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        using var json = JsonDocument.Parse(reader.GetString(0));
        return (json.RootElement.Clone(), new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc)));
    }
}
