using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Exams;

/// <summary>The deadline in real time: with no client connected at all, the server submits on its own.</summary>
public sealed class ExamDeadlineTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db);
        await ExamFixture.PublishAsync(_silo.Grains(), "UJI-010", ExamFixture.Exam(durationMinutes: 1));
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task NoClientConnected_ShouldBeSubmittedByTheServerWithin2SecondsOfTheDeadline()
    {
        var id = await ExamFixture.StartAsync(_silo.Grains(), "ani", "UJI-010");
        var deadline = (await _silo.Grains().GetGrain<IExamAttemptGrain>(id).GetViewAsync("ani")).Deadline;

        // Nobody calls the attempt: wait for its ExamSubmitted event to appear in PostgreSQL.
        var committedAt = await Eventually.GetAsync(
            () => _db.ScalarAsync<DateTime?>($"select timestamp from mooc.mt_events where stream_id = 'attempt:{id:N}' and type = 'exam_submitted'"),
            t => t is not null, TimeSpan.FromSeconds(90), "the server's submission");

        var delay = new DateTimeOffset(DateTime.SpecifyKind(committedAt!.Value, DateTimeKind.Utc)) - deadline;
        Assert.InRange(delay, TimeSpan.FromMilliseconds(-50), TimeSpan.FromSeconds(2));
    }
}
