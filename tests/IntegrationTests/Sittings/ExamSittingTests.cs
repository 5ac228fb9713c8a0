using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.Learning;
using Mooc.Silo.Sittings;

namespace Mooc.IntegrationTests.Sittings;

/// <summary>
/// Sittings on a real silo and PostgreSQL with a fake clock: the window decides who may start, the sitting's duration
/// reaches the attempt, waves admit one after another at their moment, and the board filters to a sitting.
/// </summary>
public sealed class ExamSittingTests(SittingSilo silo) : IClassFixture<SittingSilo>
{
    private ILearnerGrain Learner(string username) => silo.Grains.GetGrain<ILearnerGrain>(username);

    private async Task<int> LearnerEventsAsync(string username) => (await silo.Journal.ReadStreamAsync(LearnerState.StreamKey(username))).Count;

    [Fact]
    public async Task OutsideTheWindowOrNotListed_ShouldBeRefusedWithTheStatus_AndAppendNothing()
    {
        const string code = "JDW-001";
        await silo.PrepareAsync(code, "ani", "budi");
        var plan = silo.Plan(["ani"], TimeSpan.FromHours(1), TimeSpan.FromMinutes(30));
        var id = await silo.ScheduleAsync(code, plan);
        var (ani, budi) = (await LearnerEventsAsync("ani"), await LearnerEventsAsync("budi"));

        var early = await Learner("ani").StartExamAsync(code);
        var stranger = await Learner("budi").StartExamAsync(code);
        silo.Clock.Advance(TimeSpan.FromMinutes(95));
        var late = await Learner("ani").StartExamAsync(code);

        Assert.Equal((ExamStartStatus.SittingNotOpen, (Guid?)null), (early.Status, early.AttemptId));
        Assert.Equal((id, plan.OpensAt, plan.ClosesAt), (early.Sitting!.SittingId, early.Sitting.OpensAt, early.Sitting.ClosesAt));
        Assert.Equal(ExamStartStatus.NotInSitting, stranger.Status);
        Assert.Equal(ExamStartStatus.SittingEnded, late.Status);
        Assert.Equal((ani, budi), (await LearnerEventsAsync("ani"), await LearnerEventsAsync("budi")));
    }

    [Fact]
    public async Task InsideTheWindow_ShouldStartWithTheSittingsDuration_AndTheBoardShouldFilterToTheSitting()
    {
        const string code = "JDW-002";
        await silo.PrepareAsync(code, "citra", "dodi", "eka");
        await silo.Grains.GetGrain<IAccountGrain>("eka").RegisterAsync(new AccountProfile("eka", "199512312020122001", "Eka Putri", "Kanim Uji Kelas I", "eka@example.go.id", AccountRole.Learner), "Peserta#2026");
        var morning = await silo.ScheduleAsync(code, silo.Plan(["citra"], TimeSpan.Zero, TimeSpan.FromMinutes(30), duration: 45, units: ["kanim uji kelas i"]));
        var other = await silo.ScheduleAsync(code, silo.Plan(["dodi"], TimeSpan.Zero, TimeSpan.FromMinutes(30), duration: 25));

        var citra = await Learner("citra").StartExamAsync(code);
        var eka = await Learner("eka").StartExamAsync(code);
        var dodi = await Learner("dodi").StartExamAsync(code);

        Assert.All([citra, eka, dodi], o => Assert.Equal(ExamStartStatus.Started, o.Status));
        var started = (await silo.Journal.ReadStreamAsync($"attempt:{citra.AttemptId:N}")).Select(e => e.Data).OfType<ExamStarted>().Single();
        Assert.Equal((TimeSpan.FromMinutes(45), (Guid?)morning), (started.Deadline - started.StartedAt, started.SittingId));
        var view = await silo.Grains.GetGrain<IExamAttemptGrain>(dodi.AttemptId!.Value).GetViewAsync("dodi");
        Assert.Equal(TimeSpan.FromMinutes(25), view.Remaining);

        var monitor = silo.Grains.GetGrain<IExamMonitorGrain>(code);
        var board = await Eventually.GetAsync(() => monitor.GetBoardAsync(ExamBoardQuery.Default with { SittingId = morning }), b => b.Matching == 2, TimeSpan.FromSeconds(10), "the morning sitting's two attempts");
        Assert.Equal(new[] { citra.AttemptId!.Value, eka.AttemptId!.Value }.Order(), board.Rows.Select(r => r.AttemptId).Order());
        Assert.All(board.Rows, r => Assert.Equal(morning, r.SittingId));
        Assert.Equal((2, 2), (board.Totals.Started, board.Totals.InProgress));
        var whole = await monitor.GetBoardAsync(ExamBoardQuery.Default);
        Assert.Equal((3, 3), (whole.Matching, whole.Totals.Started));
        var theOther = await monitor.GetBoardAsync(ExamBoardQuery.Default with { SittingId = other });
        Assert.Equal([dodi.AttemptId!.Value], theOther.Rows.Select(r => r.AttemptId));
    }

    [Fact]
    public async Task WavesOfOne_TheSecondExamineeShouldWaitWithAStablePlace_AndBeAdmittedAtTheMoment()
    {
        const string code = "JDW-003";
        await silo.PrepareAsync(code, "fajar", "gita");
        var plan = silo.Plan(["fajar", "gita"], TimeSpan.Zero, TimeSpan.FromMinutes(30), waveSize: 1, interval: 120);
        var id = await silo.ScheduleAsync(code, plan);
        var gitaEvents = await LearnerEventsAsync("gita");

        var first = await Learner("fajar").StartExamAsync(code);
        var waiting = await Learner("gita").StartExamAsync(code);
        silo.Clock.Advance(TimeSpan.FromSeconds(60));
        var again = await Learner("gita").StartExamAsync(code);

        Assert.Equal(ExamStartStatus.Started, first.Status);
        Assert.Equal((ExamStartStatus.AwaitingAdmission, (int?)2, (DateTimeOffset?)plan.OpensAt.AddSeconds(120)), (waiting.Status, waiting.Sitting!.Wave, waiting.Sitting.AdmitAt));
        Assert.Equal((ExamStartStatus.AwaitingAdmission, waiting.Sitting.AdmitAt), (again.Status, again.Sitting!.AdmitAt));
        Assert.Equal(TimeSpan.FromSeconds(60), again.Sitting.AdmitAt!.Value - again.Sitting.At);
        Assert.Equal(gitaEvents, await LearnerEventsAsync("gita"));

        silo.Clock.Advance(TimeSpan.FromSeconds(60));
        var admitted = await Learner("gita").StartExamAsync(code);
        Assert.Equal(ExamStartStatus.Started, admitted.Status);

        // The places are in the sitting's stream, so a silo restart keeps them (and the times that follow from them).
        var places = (await silo.Journal.ReadStreamAsync(ExamAdmissionState.StreamKey(id))).Select(e => e.Data).OfType<ExamSittingAdmitted>().SelectMany(e => e.Usernames);
        Assert.Equal(["fajar", "gita"], places);
        Assert.Equal(2, await silo.Grains.GetGrain<IExamAdmissionGrain>(id).CountAsync());
    }

    [Fact]
    public async Task ManyAtOnce_ShouldGetDistinctPlacesInFewAppends()
    {
        var id = Guid.NewGuid();
        var admission = silo.Grains.GetGrain<IExamAdmissionGrain>(id);

        var places = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => admission.TakePlaceAsync($"peserta{i:000}")));
        var again = await admission.TakePlaceAsync("peserta007");

        Assert.Equal(Enumerable.Range(0, 300), places.Order());
        Assert.Equal(places[7], again);
        var appends = (await silo.Journal.ReadStreamAsync(ExamAdmissionState.StreamKey(id))).Count;
        Assert.True(appends < 300, $"{appends} appends for 300 places");
    }

    [Fact]
    public async Task CancelledSchedule_ShouldLeaveTheStartFreeAgain()
    {
        const string code = "JDW-004";
        await silo.PrepareAsync(code, "hana");
        var id = await silo.ScheduleAsync(code, silo.Plan(["someone"], TimeSpan.FromHours(1), TimeSpan.FromMinutes(30)));
        Assert.Equal(ExamStartStatus.NotInSitting, (await Learner("hana").StartExamAsync(code)).Status);

        var cancelled = await silo.Grains.GetGrain<IExamScheduleGrain>(code).CancelAsync(id, "Jadwal dipindah", SittingSilo.Admin);

        Assert.True(cancelled.Done);
        var started = await Learner("hana").StartExamAsync(code);
        Assert.Equal(ExamStartStatus.Started, started.Status);
        var view = await silo.Grains.GetGrain<IExamAttemptGrain>(started.AttemptId!.Value).GetViewAsync("hana");
        Assert.Equal(TimeSpan.FromMinutes(20), view.Remaining);
    }
}
