using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Silo.Monitoring;

namespace Mooc.UnitTests.Monitoring;

public sealed class ExamBoardSittingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private static AttemptProgress Progress(string username, Guid? sitting, AttemptStatus status = AttemptStatus.InProgress, int newAnswers = 0) =>
        new(Guid.NewGuid(), username, "UJI", 1, status, 1, 1, 10, T0, T0.AddMinutes(15), status == AttemptStatus.Submitted ? 80 : null,
            status == AttemptStatus.Submitted ? true : null, false, T0, newAnswers, SittingId: sitting);

    [Fact]
    public void BoardFilteredToASitting_ShouldShowItsRowsAndCountOnlyThem()
    {
        var (morning, afternoon) = (Guid.NewGuid(), Guid.NewGuid());
        var board = new ExamBoardState();
        board.Apply(Progress("ani", morning, newAnswers: 1));
        board.Apply(Progress("budi", morning, AttemptStatus.Submitted, newAnswers: 1));
        board.Apply(Progress("cici", afternoon, newAnswers: 1));
        board.Apply(Progress("dedi", null));

        var (rows, matching) = board.Page(ExamBoardQuery.Default with { SittingId = morning });
        var totals = board.Totals(T0.AddSeconds(10), morning);
        var each = board.SittingTotals(T0.AddSeconds(10))!;

        Assert.Equal(2, matching);
        Assert.Equal(["ani", "budi"], rows.Select(r => r.Username).Order());
        Assert.All(rows, r => Assert.Equal(morning, r.SittingId));
        Assert.Equal((2, 1, 1, 1, 2), (totals.Started, totals.InProgress, totals.Submitted, totals.Passed, totals.AnswersPerMinute));
        Assert.Equal(4, board.Totals(T0.AddSeconds(10)).Started);
        Assert.Equal((2, 1), (each[morning].Started, each[afternoon].Started));
        Assert.Equal(2, each.Count);
    }

    [Fact]
    public void MoreTimeForASitting_ShouldReachOnlyItsRunningAttempts()
    {
        var (morning, afternoon) = (Guid.NewGuid(), Guid.NewGuid());
        var board = new ExamBoardState();
        var ani = Progress("ani", morning);
        board.Apply(ani);
        board.Apply(Progress("budi", morning, AttemptStatus.Submitted));
        board.Apply(Progress("cici", afternoon));
        board.Apply(Progress("dedi", null));

        Assert.Equal([ani.AttemptId], board.Running(morning));
        Assert.Equal(3, board.Running().Count);
    }

    [Fact]
    public void BoardWithoutSittings_ShouldHaveNoSittingTotals()
    {
        var board = new ExamBoardState();
        board.Apply(Progress("ani", null));

        Assert.Null(board.SittingTotals(T0));
    }
}
