using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.Sittings;

namespace Mooc.UnitTests.Sittings;

public sealed class ExamScheduleStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly SittingActor Admin = new("admin", "Admin BPSDM");

    private static ExamSittingPlan Plan(int opensInMinutes = 60, int minutes = 30) =>
        new("Gelombang pagi", ["199001012015031001", " 199001012015031001 ", ""], ["Kanim Jakarta"], Now.AddMinutes(opensInMinutes),
            Now.AddMinutes(opensInMinutes + minutes), 90, 50, 5);

    private static (ExamScheduleState State, Guid Id) Scheduled(ExamSittingPlan? plan = null)
    {
        var state = new ExamScheduleState();
        var id = Guid.NewGuid();
        var (events, outcome) = state.DecideSchedule("PLT-UJI", id, plan ?? Plan(), Admin, Now);
        Assert.True(outcome.Done);
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return (state, id);
    }

    [Fact]
    public void Schedule_ValidPlan_ShouldRecordTheNormalizedPlanWithTheAdmin()
    {
        var (state, id) = Scheduled();

        var sitting = Assert.Single(state.Sittings);
        Assert.Equal((id, "PLT-UJI", "Admin BPSDM"), (sitting.Id, sitting.CourseCode, sitting.ScheduledBy));
        Assert.Equal(["199001012015031001"], sitting.Plan.Participants);
        Assert.Equal(SittingPhase.Scheduled, sitting.PhaseAt(Now));
        Assert.Equal(SittingPhase.Open, sitting.PhaseAt(Now.AddMinutes(60)));
        Assert.Equal(SittingPhase.Ended, sitting.PhaseAt(Now.AddMinutes(90)));
    }

    public static TheoryData<ExamSittingPlan, SittingRefusal> BadPlans() => new()
    {
        { Plan() with { Name = "  " }, SittingRefusal.NameMissing },
        { Plan() with { Participants = [" "], Units = [] }, SittingRefusal.NoParticipants },
        { Plan() with { Participants = ["1990 0101"] }, SittingRefusal.ParticipantInvalid },
        { Plan() with { ClosesAt = Now.AddMinutes(60) }, SittingRefusal.WindowInvalid },
        { Plan(opensInMinutes: -10), SittingRefusal.WindowInPast },
        { Plan(minutes: 8 * 24 * 60), SittingRefusal.WindowTooLong },
        { Plan() with { DurationMinutes = 0 }, SittingRefusal.DurationOutOfRange },
        { Plan() with { DurationMinutes = 601 }, SittingRefusal.DurationOutOfRange },
        { Plan() with { WaveSize = 0 }, SittingRefusal.WaveSizeInvalid },
        { Plan() with { WaveIntervalSeconds = -1 }, SittingRefusal.IntervalOutOfRange },
        { Plan() with { WaveIntervalSeconds = 601 }, SittingRefusal.IntervalOutOfRange },
    };

    [Theory]
    [MemberData(nameof(BadPlans))]
    public void Schedule_BrokenRule_ShouldBeRefusedWithNoEvent(ExamSittingPlan plan, SittingRefusal why)
    {
        var (events, outcome) = new ExamScheduleState().DecideSchedule("PLT-UJI", Guid.NewGuid(), plan, Admin, Now);

        Assert.Empty(events);
        Assert.Equal((false, why), (outcome.Done, outcome.Refusal));
    }

    [Fact]
    public void Schedule_OpeningThisMinute_ShouldBeAcceptedAsNotPast()
    {
        var (_, outcome) = new ExamScheduleState().DecideSchedule("PLT-UJI", Guid.NewGuid(), Plan() with { OpensAt = Now.AddSeconds(-30) }, Admin, Now);

        Assert.True(outcome.Done);
    }

    [Fact]
    public void Revise_BeforeTheWindow_ShouldChangeAnything()
    {
        var (state, id) = Scheduled();

        var (events, outcome) = state.DecideRevise(id, Plan() with { WaveSize = 10, Units = [] }, Admin, Now.AddMinutes(5));

        Assert.True(outcome.Done);
        var revised = Assert.IsType<ExamSittingRevised>(Assert.Single(events));
        Assert.Equal((10, 0), (revised.Plan.WaveSize, revised.Plan.Units.Count));
    }

    [Fact]
    public void Revise_OpenWindow_ShouldOnlyExtendTheClose()
    {
        var (state, id) = Scheduled();
        var during = Now.AddMinutes(70);
        var current = state.Find(id)!.Plan;

        Assert.Equal(SittingRefusal.AlreadyOpened, state.DecideRevise(id, current with { WaveSize = 10 }, Admin, during).Outcome.Refusal);
        Assert.Equal(SittingRefusal.CloseNotLater, state.DecideRevise(id, current with { ClosesAt = current.ClosesAt.AddMinutes(-5) }, Admin, during).Outcome.Refusal);
        var (events, outcome) = state.DecideRevise(id, current with { ClosesAt = current.ClosesAt.AddMinutes(15) }, Admin, during);
        Assert.True(outcome.Done);
        Assert.Equal(current.ClosesAt.AddMinutes(15), Assert.IsType<ExamSittingRevised>(Assert.Single(events)).Plan.ClosesAt);
    }

    [Fact]
    public void Cancel_ShouldNeedAReason_AndEndedOrCancelledSittingsShouldStayAsTheyAre()
    {
        var (state, id) = Scheduled();

        Assert.Equal(SittingRefusal.ReasonMissing, state.DecideCancel(id, " ", Admin, Now).Outcome.Refusal);
        Assert.Equal(SittingRefusal.NotFound, state.DecideCancel(Guid.NewGuid(), "Gangguan listrik", Admin, Now).Outcome.Refusal);
        Assert.Equal(SittingRefusal.AlreadyEnded, state.DecideCancel(id, "Gangguan listrik", Admin, Now.AddHours(2)).Outcome.Refusal);
        var (events, outcome) = state.DecideCancel(id, " Gangguan listrik ", Admin, Now.AddMinutes(65));
        Assert.True(outcome.Done);
        state.Apply(Assert.Single(events));

        var cancelled = state.Find(id)!;
        Assert.Equal((SittingPhase.Cancelled, "Gangguan listrik", "Admin BPSDM"), (cancelled.PhaseAt(Now.AddMinutes(65)), cancelled.CancelReason, cancelled.CancelledBy));
        Assert.Equal(SittingRefusal.AlreadyCancelled, state.DecideCancel(id, "lagi", Admin, Now).Outcome.Refusal);
        Assert.Equal(SittingRefusal.AlreadyCancelled, state.DecideRevise(id, Plan(), Admin, Now).Outcome.Refusal);
    }
}
