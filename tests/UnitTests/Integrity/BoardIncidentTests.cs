using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Silo.Monitoring;

namespace Mooc.UnitTests.Integrity;

/// <summary>The live board shows each attempt's incidents, the latest of them, and how many attempts have any.</summary>
public sealed class BoardIncidentTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IncidentReport_ShouldReachTheRowAndTheTotals()
    {
        var board = new ExamBoardState();
        var ani = Guid.NewGuid();
        board.Apply(Progress(ani, "ani", T0));
        board.Apply(Progress(Guid.NewGuid(), "budi", T0));
        board.TakeChanges();

        board.Apply(Progress(ani, "ani", T0.AddSeconds(5)) with { Incidents = 2, LastIncident = ProctoringSignal.CopyAttempted, LastIncidentAt = T0.AddSeconds(5) });

        var changed = Assert.Single(board.TakeChanges());
        Assert.Equal((2, ProctoringSignal.CopyAttempted, T0.AddSeconds(5)), (changed.Incidents, changed.LastIncident, changed.LastIncidentAt));
        Assert.Equal(1, board.Totals(T0.AddSeconds(6)).WithIncidents);
    }

    [Fact]
    public void AttemptEndedForIncidents_ShouldShowItOnItsRow()
    {
        var board = new ExamBoardState();
        var id = Guid.NewGuid();
        board.Apply(Progress(id, "ani", T0));

        board.Apply(Progress(id, "ani", T0.AddMinutes(1)) with { Status = AttemptStatus.Submitted, Score = 40, Passed = false, Incidents = 3, EndedForIncidents = true });

        var row = Assert.Single(board.Page(ExamBoardQuery.Default).Rows);
        Assert.Equal((AttemptStatus.Submitted, true, 3), (row.Status, row.EndedForIncidents, row.Incidents));
    }

    private static AttemptProgress Progress(Guid id, string username, DateTimeOffset at) =>
        new(id, username, "UJI", 1, AttemptStatus.InProgress, 1, 0, 10, T0, T0.AddMinutes(15), null, null, false, at, 0);
}
