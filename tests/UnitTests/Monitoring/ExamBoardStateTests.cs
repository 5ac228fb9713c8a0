using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Silo.Monitoring;

namespace Mooc.UnitTests.Monitoring;

public sealed class ExamBoardStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OlderReport_ShouldNotMoveAnAttemptBackwards()
    {
        var board = new ExamBoardState();
        var id = Guid.NewGuid();
        board.Apply(Progress(id, "ani", answered: 3, at: T0.AddSeconds(30)));

        Assert.False(board.Apply(Progress(id, "ani", answered: 2, at: T0.AddSeconds(20))));
        Assert.True(board.Apply(Progress(id, "ani", answered: 5, at: T0.AddSeconds(40), status: AttemptStatus.Submitted, score: 80, passed: true)));
        Assert.False(board.Apply(Progress(id, "ani", answered: 6, at: T0.AddSeconds(50))));

        var row = Assert.Single(board.Page(ExamBoardQuery.Default).Rows);
        Assert.Equal((AttemptStatus.Submitted, 5, (int?)80), (row.Status, row.Answered, row.Score));
    }

    [Fact]
    public void Totals_ShouldCountStatesConnectionsAnswersAndScoreBands()
    {
        var board = new ExamBoardState();
        var running = Guid.NewGuid();
        board.Apply(Progress(running, "ani", answered: 1, at: T0, newAnswers: 1));
        board.Apply(Progress(Guid.NewGuid(), "budi", answered: 10, at: T0.AddSeconds(1), status: AttemptStatus.Submitted, score: 100, passed: true, newAnswers: 1));
        board.Apply(Progress(Guid.NewGuid(), "cici", answered: 4, at: T0.AddSeconds(2), status: AttemptStatus.Submitted, score: 40, passed: false));
        board.Apply(Progress(Guid.NewGuid(), "dedi", answered: 7, at: T0.AddSeconds(3), status: AttemptStatus.Submitted, score: 65, passed: false));
        board.ApplyConnection(running, false, T0.AddSeconds(4));

        var totals = board.Totals(T0.AddSeconds(30));

        Assert.Equal((4, 1, 3, 1, 2, 0, 2), (totals.Started, totals.InProgress, totals.Submitted, totals.Passed, totals.Failed, totals.Online, totals.AnswersPerMinute));
        Assert.Equal([0, 0, 0, 0, 1, 0, 1, 0, 0, 1], totals.ScoreBands);
        Assert.Equal(0, board.Totals(T0.AddMinutes(2)).AnswersPerMinute);
    }

    [Fact]
    public void Page_ShouldFindByNameNipOrUnitAndPutRunningAttemptsFirst()
    {
        var board = new ExamBoardState();
        var done = Guid.NewGuid();
        board.Apply(Progress(done, "199001012015031001", answered: 10, at: T0, status: AttemptStatus.Submitted, score: 90, passed: true));
        board.Apply(Progress(Guid.NewGuid(), "199205172018012002", answered: 2, at: T0));
        board.ApplyProfile(new AccountProfile("199001012015031001", "199001012015031001", "Andi Pratama", "Kanim Jakarta Selatan", "a@x.go.id", AccountRole.Learner));
        board.ApplyProfile(new AccountProfile("199205172018012002", "199205172018012002", "Siti Rahmawati", "Lapas Cipinang", "s@x.go.id", AccountRole.Learner));

        var all = board.Page(ExamBoardQuery.Default);
        Assert.Equal(["Siti Rahmawati", "Andi Pratama"], all.Rows.Select(r => r.FullName));
        Assert.Equal("Andi Pratama", Assert.Single(board.Page(ExamBoardQuery.Default with { Search = "jakarta" }).Rows).FullName);
        Assert.Equal("Andi Pratama", Assert.Single(board.Page(ExamBoardQuery.Default with { Search = "20150310" }).Rows).FullName);
        Assert.Equal("Siti Rahmawati", Assert.Single(board.Page(ExamBoardQuery.Default with { OnlyInProgress = true }).Rows).FullName);
        var second = board.Page(ExamBoardQuery.Default with { Page = 2, PageSize = 1 });
        Assert.Equal((2, "Andi Pratama"), (second.Matching, Assert.Single(second.Rows).FullName));
    }

    [Fact]
    public void Changes_ShouldBeTakenOnceAndIncludeRowsWhoseProfileArrived()
    {
        var board = new ExamBoardState();
        var id = Guid.NewGuid();
        board.Apply(Progress(id, "ani", answered: 1, at: T0));
        Assert.Single(board.TakeChanges());
        Assert.False(board.HasChanges);

        board.ApplyProfile(new AccountProfile("ani", "1990", "Ani", "Unit", "", AccountRole.Learner));

        Assert.Equal("Ani", Assert.Single(board.TakeChanges()).FullName);
    }

    [Fact]
    public void RebuiltAttempt_ShouldBeOfflineUntilTheExamineeActs()
    {
        var board = new ExamBoardState();
        var id = Guid.NewGuid();
        board.Apply(Progress(id, "ani", answered: 1, at: T0), examineeActed: false);
        Assert.False(Assert.Single(board.Page(ExamBoardQuery.Default).Rows).Online);

        board.Apply(Progress(id, "ani", answered: 2, at: T0.AddSeconds(5), newAnswers: 1));

        Assert.True(Assert.Single(board.Page(ExamBoardQuery.Default).Rows).Online);
    }

    [Fact]
    public void ReopenedAttempt_ShouldGoBackToRunningButAnOlderReportStillNot()
    {
        var board = new ExamBoardState();
        var id = Guid.NewGuid();
        board.Apply(Progress(id, "ani", answered: 4, at: T0.AddSeconds(30), status: AttemptStatus.Submitted, score: 40, passed: false));

        Assert.True(board.Apply(Progress(id, "ani", answered: 4, at: T0.AddSeconds(60), reopens: 1)));
        Assert.False(board.Apply(Progress(id, "ani", answered: 3, at: T0.AddSeconds(20))));

        var row = Assert.Single(board.Page(ExamBoardQuery.Default).Rows);
        Assert.Equal((AttemptStatus.InProgress, (int?)null), (row.Status, row.Score));
        Assert.Equal((1, 0), (board.Totals(T0.AddSeconds(61)).InProgress, board.Totals(T0.AddSeconds(61)).Submitted));
    }

    private static AttemptProgress Progress(Guid id, string username, int answered, DateTimeOffset at, AttemptStatus status = AttemptStatus.InProgress,
        int? score = null, bool? passed = null, int newAnswers = 0, int reopens = 0) =>
        new(id, username, "UJI", 1, status, 1, answered, 10, T0, T0.AddMinutes(15), score, passed, false, at, newAnswers, reopens);
}
