using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.Exams;

namespace Mooc.UnitTests.Exams;

/// <summary>The admin's controls on an attempt: more time moves the deadline; an end now grades; both need a reason and a running attempt.</summary>
public sealed class ExamAttemptControlTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly AdminAction Admin = new("admin", "Admin BPSDM", "Listrik padam di lokasi ujian");

    [Fact]
    public void Extension_ShouldMoveTheDeadlineSoAnAnswerAfterTheOldOneIsStillTaken()
    {
        var state = Running();
        var (events, refusal) = state.DecideExtend(Admin, 10, Start.AddMinutes(19));
        Assert.Null(refusal);
        events.ToList().ForEach(state.Apply);

        var extended = Assert.IsType<ExamTimeExtended>(Assert.Single(events));
        Assert.Equal((10, Start.AddMinutes(30), "admin", "Listrik padam di lokasi ujian"), (extended.Minutes, extended.NewDeadline, extended.AdminUsername, extended.Reason));
        Assert.Equal(Start.AddMinutes(30), state.Deadline);
        Assert.False(state.IsPastDeadline(Start.AddMinutes(25)));
        Assert.Equal(AnswerAckStatus.Saved, state.DecideAnswer(1, 0, 1, Start.AddMinutes(25)).Ack.Status);
        Assert.Equal(Start.AddMinutes(30), state.Progress(Start.AddMinutes(25), 0).Deadline);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Extension_OutOfRange_ShouldBeRefused(int minutes)
    {
        var (events, refusal) = Running().DecideExtend(Admin, minutes, Start.AddMinutes(1));

        Assert.Empty(events);
        Assert.Equal("Tambahan waktu harus antara 1 dan 120 menit.", refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Action_WithoutReason_ShouldBeRefused(string reason)
    {
        var state = Running();

        Assert.Equal("Alasan wajib diisi.", state.DecideExtend(Admin with { Reason = reason }, 5, Start.AddMinutes(1)).Refusal);
        Assert.Equal("Alasan wajib diisi.", state.DecideEnd(Admin with { Reason = reason }, Start.AddMinutes(1)).Refusal);
    }

    [Fact]
    public void End_ShouldGradeNowAndSayTheSupervisorEndedIt()
    {
        var state = Running();
        var (events, refusal) = state.DecideEnd(Admin, Start.AddMinutes(7));
        Assert.Null(refusal);
        events.ToList().ForEach(state.Apply);

        Assert.Equal([typeof(ExamEndedByAdmin), typeof(ExamSubmitted), typeof(ExamGraded)], events.Select(e => e.GetType()));
        Assert.Equal((AttemptStatus.Submitted, Start.AddMinutes(7)), (state.Status, state.Submitted!.SubmittedAt));
        Assert.True(state.Outcome()!.EndedByAdmin);
        Assert.Equal("Ujian ini sudah selesai; tindakan tidak dilakukan.", state.DecideExtend(Admin, 5, Start.AddMinutes(8)).Refusal);
        Assert.Equal("Ujian ini sudah selesai; tindakan tidak dilakukan.", state.DecideEnd(Admin, Start.AddMinutes(8)).Refusal);
    }

    [Fact]
    public void Action_AfterTheDeadline_ShouldBeRefused()
    {
        Assert.Equal("Ujian ini sudah selesai; tindakan tidak dilakukan.", Running().DecideExtend(Admin, 5, Start.AddMinutes(20)).Refusal);
    }

    private static ExamAttemptState Running()
    {
        var state = new ExamAttemptState();
        state.Apply(new ExamStarted(Guid.NewGuid(), "ani", "UJI", 1, [new AttemptQuestion("q1", "Satu?", ["A", "B"], 0)], 70, 3, Start, Start.AddMinutes(20)));
        return state;
    }
}
