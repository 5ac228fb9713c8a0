using Microsoft.Extensions.Time.Testing;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.EventStore;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Exams;

/// <summary>The attempt and learner grains on a real silo and PostgreSQL, with a fake clock for the deadline rules.</summary>
public sealed class ExamAttemptTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db, services: s => s.AddKeyedSingleton<TimeProvider>(Mooc.Silo.Hosting.DomainClock.Key, _clock));
        await ExamFixture.PublishAsync(Grains, "UJI-001", ExamFixture.Exam());
        await ExamFixture.PublishAsync(Grains, "UJI-002", ExamFixture.Exam(maxAttempts: 2));
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    private IGrainFactory Grains => _silo.Grains();

    private IEventJournal Journal => _silo.Services.GetRequiredService<IEventJournal>();

    [Fact]
    public async Task FullAttempt_AllCorrect_ShouldScore100PassAndCompleteTheTraining()
    {
        var id = await ExamFixture.StartAsync(Grains, "ani", "UJI-001");
        var attempt = Grains.GetGrain<IExamAttemptGrain>(id);
        var key = await ExamFixture.KeyAsync(Journal, id);

        var view = await attempt.GetViewAsync("ani");
        Assert.Equal((AttemptStatus.InProgress, 3, 1, TimeSpan.FromMinutes(20)), (view.Status, view.Questions.Count, view.CurrentQuestion, view.Remaining));
        for (var n = 1; n <= 3; n++)
        {
            Assert.Equal(AnswerAckStatus.Saved, (await attempt.SelectAnswerAsync("ani", n, key[n - 1], n)).Status);
            await attempt.NavigateAsync("ani", Math.Min(n + 1, 3));
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        var done = await attempt.SubmitAsync("ani");

        Assert.Equal((AttemptStatus.Submitted, 100, true, false), (done.Status, done.Outcome!.Score, done.Outcome.Passed, done.Outcome.SubmittedByServer));
        var progress = await Grains.GetGrain<ILearnerGrain>("ani").GetProgressAsync("UJI-001");
        Assert.Equal((true, (bool?)true, (int?)100), (progress.IsCompleted, progress.Passed, progress.Score));
        Assert.Equal(ExamStartStatus.AlreadyPassed, (await Grains.GetGrain<ILearnerGrain>("ani").StartExamAsync("UJI-001")).Status);
        var history = await Eventually.GetAsync(() => Grains.GetGrain<ILearnerQueryGrain>(0).ListExamHistoryAsync("ani"), h => h.Count == 1, TimeSpan.FromSeconds(30), "the history row");
        Assert.Equal((100, true, 1), (history[0].Score, history[0].Passed, history[0].AttemptNumber));
    }

    [Fact]
    public async Task AnotherLearnersCalls_ShouldBeRefusedAndChangeNothing()
    {
        var id = await ExamFixture.StartAsync(Grains, "ani", "UJI-001");
        var attempt = Grains.GetGrain<IExamAttemptGrain>(id);
        var before = (await Journal.ReadStreamAsync($"attempt:{id:N}")).Count;

        await Assert.ThrowsAsync<AttemptAccessDeniedException>(() => attempt.GetViewAsync("budi"));
        await Assert.ThrowsAsync<AttemptAccessDeniedException>(() => attempt.SelectAnswerAsync("budi", 1, 0, 1));
        await Assert.ThrowsAsync<AttemptAccessDeniedException>(() => attempt.NavigateAsync("budi", 2));
        await Assert.ThrowsAsync<AttemptAccessDeniedException>(() => attempt.SubmitAsync("budi"));
        await Assert.ThrowsAsync<AttemptAccessDeniedException>(() => Grains.GetGrain<IExamAttemptGrain>(Guid.NewGuid()).GetViewAsync("ani"));

        Assert.Equal(before, (await Journal.ReadStreamAsync($"attempt:{id:N}")).Count);
    }

    [Fact]
    public async Task ResentAnswer_ShouldBeStoredOnce_AndAnOlderOneShouldNotOverwriteANewer()
    {
        var id = await ExamFixture.StartAsync(Grains, "ani", "UJI-001");
        var attempt = Grains.GetGrain<IExamAttemptGrain>(id);

        Assert.Equal(AnswerAckStatus.Saved, (await attempt.SelectAnswerAsync("ani", 1, 2, 5)).Status);
        Assert.Equal(AnswerAckStatus.Duplicate, (await attempt.SelectAnswerAsync("ani", 1, 2, 5)).Status);
        Assert.Equal(AnswerAckStatus.Superseded, (await attempt.SelectAnswerAsync("ani", 1, 0, 4)).Status);
        Assert.Equal(AnswerAckStatus.Refused, (await attempt.SelectAnswerAsync("ani", 9, 0, 6)).Status);
        Assert.Equal(AnswerAckStatus.Refused, (await attempt.SelectAnswerAsync("ani", 1, 7, 7)).Status);

        Assert.Equal(2, (await attempt.GetViewAsync("ani")).Answers[1]);
        Assert.Equal(1, await _db.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{id:N}' and type = 'answer_selected'"));
    }

    [Fact]
    public async Task AnswerAfterTheDeadline_ShouldBeRefusedAndTheServerShouldSubmitAtTheDeadline()
    {
        var id = await ExamFixture.StartAsync(Grains, "ani", "UJI-001");
        var attempt = Grains.GetGrain<IExamAttemptGrain>(id);
        var deadline = (await attempt.GetViewAsync("ani")).Deadline;
        await attempt.SelectAnswerAsync("ani", 1, 0, 1);

        _clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromMilliseconds(1));
        var late = await attempt.SelectAnswerAsync("ani", 2, 0, 2);

        Assert.Equal(AnswerAckStatus.Refused, late.Status);
        Assert.Contains("Waktu ujian sudah habis", late.Reason, StringComparison.Ordinal);
        var view = await attempt.GetViewAsync("ani");
        Assert.Equal((AttemptStatus.Submitted, true), (view.Status, view.Outcome!.SubmittedByServer));
        var submitted = (await Journal.ReadStreamAsync($"attempt:{id:N}")).Select(e => e.Data).OfType<ExamSubmitted>().Single();
        Assert.Equal(deadline, submitted.SubmittedAt);
        Assert.False(view.Answers.ContainsKey(2));
    }

    [Fact]
    public async Task ClientClockAnHourOff_ShouldChangeNothingBecauseOnlyTheServerClockCounts()
    {
        var id = await ExamFixture.StartAsync(Grains, "ani", "UJI-001");
        var attempt = Grains.GetGrain<IExamAttemptGrain>(id);

        // Nothing the browser says about time reaches the grain: the view's time is the server's.
        var view = await attempt.GetViewAsync("ani");

        Assert.Equal(_clock.GetUtcNow(), view.ServerNow);
        Assert.Equal(TimeSpan.FromMinutes(20), view.Remaining);
    }

    [Fact]
    public async Task StartingTwice_ShouldResumeTheSameAttempt_AndAttemptsShouldBeLimited()
    {
        var first = await ExamFixture.StartAsync(Grains, "budi", "UJI-002");
        var learner = Grains.GetGrain<ILearnerGrain>("budi");

        var again = await Task.WhenAll(learner.StartExamAsync("UJI-002"), learner.StartExamAsync("UJI-002"));
        Assert.All(again, o => Assert.Equal((ExamStartStatus.Resumed, (Guid?)first), (o.Status, o.AttemptId)));

        await Grains.GetGrain<IExamAttemptGrain>(first).SubmitAsync("budi");
        var second = await learner.StartExamAsync("UJI-002");
        Assert.Equal(ExamStartStatus.Started, second.Status);
        await Grains.GetGrain<IExamAttemptGrain>(second.AttemptId!.Value).SubmitAsync("budi");

        Assert.Equal(ExamStartStatus.NoAttemptsLeft, (await learner.StartExamAsync("UJI-002")).Status);
        var progress = await learner.GetProgressAsync("UJI-002");
        Assert.Equal((true, (bool?)false, (int?)0), (progress.IsCompleted, progress.Passed, progress.Score));
    }

    [Fact]
    public async Task StartingBeforeEveryMaterialIsDone_ShouldBeRefused()
    {
        var learner = Grains.GetGrain<ILearnerGrain>("cici");
        await learner.EnrolAsync("UJI-001");

        Assert.Equal(ExamStartStatus.MaterialsIncomplete, (await learner.StartExamAsync("UJI-001")).Status);
        Assert.Equal(ExamStartStatus.NotEnrolled, (await Grains.GetGrain<ILearnerGrain>("dodi").StartExamAsync("UJI-001")).Status);
    }
}
