using Microsoft.Extensions.Time.Testing;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.EventStore;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Sittings;

/// <summary>One real silo on PostgreSQL with a fake domain clock, shared by the sitting tests (each uses its own training).</summary>
public sealed class SittingSilo : IAsyncLifetime
{
    public static readonly SittingActor Admin = new("admin", "Admin BPSDM");

    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));

    public IGrainFactory Grains => _silo.Grains();

    public IEventJournal Journal => _silo.Services.GetRequiredService<IEventJournal>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db, services: s => s.AddKeyedSingleton<TimeProvider>(Mooc.Silo.Hosting.DomainClock.Key, Clock));
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    /// <summary>A training with a 20-minute exam and the given learners enrolled with its material done.</summary>
    public async Task PrepareAsync(string code, params string[] learners)
    {
        await ExamFixture.PublishAsync(Grains, code, ExamFixture.Exam(durationMinutes: 20));
        foreach (var learner in learners)
        {
            var grain = Grains.GetGrain<Grains.Abstractions.Learning.ILearnerGrain>(learner);
            await grain.EnrolAsync(code);
            await grain.CompleteMaterialAsync(code, "m01");
        }
    }

    public async Task<Guid> ScheduleAsync(string code, ExamSittingPlan plan)
    {
        var outcome = await Grains.GetGrain<IExamScheduleGrain>(code).ScheduleAsync(plan, Admin);
        Assert.True(outcome.Done, outcome.Refusal.ToString());
        return outcome.SittingId!.Value;
    }

    public ExamSittingPlan Plan(string[] participants, TimeSpan opensIn, TimeSpan window, int duration = 45, int waveSize = 50, int interval = 0, string[]? units = null) =>
        new("Sesi uji", participants, units ?? [], Clock.GetUtcNow() + opensIn, Clock.GetUtcNow() + opensIn + window, duration, waveSize, interval);
}
