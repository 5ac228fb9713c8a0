using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.Exams;

namespace Mooc.UnitTests.Integrity;

/// <summary>
/// Proctoring signals on an attempt: leaving the exam counts, coming back does not; a flicker is one incident; the
/// training's policy decides whether the examinee is warned and whether the limit ends the attempt.
/// </summary>
public sealed class ExamAttemptIntegrityTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void LeavingAndComingBack_ShouldBothBeRecordedButOnlyTheLeavingCounted()
    {
        var state = Running(IntegrityPolicy.RecordOnly);

        var left = Record(state, ProctoringSignal.TabHidden, Start.AddMinutes(1));
        var back = Record(state, ProctoringSignal.TabVisible, Start.AddMinutes(1).AddSeconds(30));

        Assert.Equal((true, 1, false), (left.Recorded, left.Incidents, left.Ended));
        Assert.Equal((true, 1), (back.Recorded, back.Incidents));
        Assert.Equal((1, 2), (state.Incidents, state.Signals));
        Assert.Equal(ProctoringSignal.TabHidden, state.LastIncident!.Signal);
        var progress = state.Progress(Start.AddMinutes(2), 0);
        Assert.Equal((1, ProctoringSignal.TabHidden, Start.AddMinutes(1)), (progress.Incidents, progress.LastIncident, progress.LastIncidentAt));
        Assert.Equal(AttemptStatus.InProgress, state.Status);
    }

    [Fact]
    public void SameSignalOfAPageWithinTwoSeconds_ShouldBeOneIncident()
    {
        var state = Running(IntegrityPolicy.Warn);
        var first = Start.AddMinutes(1);
        Record(state, ProctoringSignal.CopyAttempted, first);

        var (events, ack) = state.DecideSignal(ProctoringSignal.CopyAttempted, "page-a", first, first.AddMilliseconds(1500));
        Assert.Empty(events);
        Assert.Equal((false, 1), (ack.Recorded, ack.Incidents));

        var later = state.DecideSignal(ProctoringSignal.CopyAttempted, "page-a", first, first.AddSeconds(3));
        Assert.Equal((true, 2, IntegrityPolicy.Warn), (later.Ack.Recorded, later.Ack.Incidents, later.Ack.Policy));
    }

    [Fact]
    public void IncidentLimit_ShouldEndAndGradeTheAttemptOnTheAnswersSoFar()
    {
        var state = Running(IntegrityPolicy.SubmitAtLimit, limit: 2);
        Apply(state, state.DecideAnswer(1, 0, 1, Start.AddMinutes(1)).Events);
        var first = Record(state, ProctoringSignal.TabHidden, Start.AddMinutes(2));
        Assert.Equal((1, 2, false), (first.Incidents, first.Limit, first.Ended));

        var at = Start.AddMinutes(3);
        var (events, ack) = state.DecideSignal(ProctoringSignal.FullscreenExited, "page-a", null, at);
        Apply(state, events);

        Assert.True(ack.Ended);
        Assert.Equal([typeof(ProctoringSignalRecorded), typeof(ExamEndedForIncidents), typeof(ExamSubmitted), typeof(ExamGraded)], events.Select(e => e.GetType()));
        Assert.Equal((AttemptStatus.Submitted, at, 100), (state.Status, state.Submitted!.SubmittedAt, state.Graded!.Score));
        Assert.True(state.Outcome()!.EndedForIncidents);
        Assert.True(state.Progress(at, 0).EndedForIncidents);
    }

    [Fact]
    public void ComingBackAtTheLimit_ShouldNotEndTheAttempt()
    {
        var state = Running(IntegrityPolicy.SubmitAtLimit, limit: 1);

        var back = Record(state, ProctoringSignal.WindowFocused, Start.AddMinutes(1));

        Assert.Equal((0, false), (back.Incidents, back.Ended));
        Assert.Equal(AttemptStatus.InProgress, state.Status);
    }

    [Fact]
    public void SignalsAfterTheEndOrPastTheCap_ShouldChangeNothing()
    {
        var submitted = Running(IntegrityPolicy.RecordOnly);
        Apply(submitted, submitted.DecideSubmit(Start.AddMinutes(5), byServer: false));
        Assert.Empty(submitted.DecideSignal(ProctoringSignal.TabHidden, "page-a", null, Start.AddMinutes(6)).Events);

        var overdue = Running(IntegrityPolicy.RecordOnly);
        Assert.Empty(overdue.DecideSignal(ProctoringSignal.TabHidden, "page-a", null, Start.AddMinutes(21)).Events);

        var flooded = Running(IntegrityPolicy.RecordOnly);
        for (var i = 0; i < ExamAttemptState.MaxSignals; i++)
        {
            Record(flooded, i % 2 == 0 ? ProctoringSignal.TabHidden : ProctoringSignal.TabVisible, Start.AddSeconds(i));
        }

        Assert.Empty(flooded.DecideSignal(ProctoringSignal.TabHidden, "page-a", null, Start.AddMinutes(19)).Events);
        Assert.Equal(ExamAttemptState.MaxSignals / 2, flooded.Incidents);
    }

    [Fact]
    public void AttemptEndedForIncidents_ShouldBeReopenableByASupervisorAndKeepItsCount()
    {
        var state = Running(IntegrityPolicy.SubmitAtLimit, limit: 1);
        Apply(state, state.DecideSignal(ProctoringSignal.SecondSession, "page-b", null, Start.AddMinutes(2)).Events);
        Assert.Equal(AttemptStatus.Submitted, state.Status);

        var (events, refusal) = state.DecideReopen(new AdminAction("admin", "Admin BPSDM", "Tab kedua dibuka oleh teknisi"), 10, Start.AddMinutes(5));
        Assert.Null(refusal);
        Apply(state, events);

        Assert.Equal((AttemptStatus.InProgress, 1), (state.Status, state.Incidents));
        Assert.Null(state.EndedForIncidents);
    }

    [Fact]
    public void OlderAttemptWithoutAPolicy_ShouldOnlyRecord()
    {
        var state = new ExamAttemptState();
        state.Apply(new ExamStarted(Guid.NewGuid(), "ani", "UJI", 1, [new AttemptQuestion("q1", "Soal?", ["A", "B"], 0)], 70, 3, Start, Start.AddMinutes(20)));

        var ack = Record(state, ProctoringSignal.TabHidden, Start.AddMinutes(1));

        Assert.Equal((IntegrityPolicy.RecordOnly, 0, false), (ack.Policy, ack.Limit, ack.Ended));
    }

    private static ProctoringAck Record(ExamAttemptState state, ProctoringSignal signal, DateTimeOffset at)
    {
        var (events, ack) = state.DecideSignal(signal, "page-a", null, at);
        Apply(state, events);
        return ack;
    }

    private static void Apply(ExamAttemptState state, IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            state.Apply(e);
        }
    }

    private static ExamAttemptState Running(IntegrityPolicy policy, int limit = 0)
    {
        var state = new ExamAttemptState();
        state.Apply(new ExamStarted(Guid.NewGuid(), "ani", "UJI", 1, [new AttemptQuestion("q1", "Soal 1?", ["A", "B"], 0)], 70, 3, Start, Start.AddMinutes(20),
            Integrity: policy, IncidentLimit: limit));
        return state;
    }
}
