using Mooc.Grains.Abstractions.Reports;
using Mooc.Silo.Learning;
using Mooc.Silo.Reports;

namespace Mooc.UnitTests.Reports;

public sealed class ExamReportSelectionTests
{
    private static readonly ExamHistoryRow[] History =
    [
        Row("andi", "A", 1, 40, false),
        Row("andi", "A", 2, 90, true),
        Row("siti", "A", 1, 60, false),
        Row("siti", "A", 2, 30, false),
        Row("siti", "B", 1, 80, true),
    ];

    [Fact]
    public void FinalPerLearner_ShouldKeepThePassOrElseTheLatestAttemptOfEachTraining()
    {
        var final = ExamReportSelection.FinalPerLearner(History, ExamReportStatus.All);

        Assert.Equal(
            [("andi", "A", 2), ("siti", "A", 2), ("siti", "B", 1)],
            final.Select(r => (r.Username, r.CourseCode, r.AttemptNumber)).Order().ToList());
    }

    [Fact]
    public void FinalPerLearner_ShouldFilterTheStatusOfTheFinalResultNotOfEveryAttempt()
    {
        var failed = ExamReportSelection.FinalPerLearner(History, ExamReportStatus.Failed);
        var passed = ExamReportSelection.FinalPerLearner(History, ExamReportStatus.Passed);

        Assert.Equal(("siti", "A", 30), Assert.Single(failed) is var f ? (f.Username, f.CourseCode, f.Score) : default);
        Assert.Equal(["andi", "siti"], passed.Select(r => r.Username).Order().ToList());
    }

    [Fact]
    public void Period_ShouldRunFromWibMidnightToTheMidnightAfterTheLastDay()
    {
        var filter = new ExamReportFilter(null, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), ExamReportStatus.All, ExamReportScope.AllAttempts);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), ExamReportPeriod.Start(filter));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero), ExamReportPeriod.End(filter));
        Assert.Null(ExamReportPeriod.Start(filter with { From = null }));
        Assert.Null(ExamReportPeriod.End(filter with { To = null }));
    }

    private static ExamHistoryRow Row(string user, string code, int attempt, int score, bool passed) => new()
    {
        Id = $"{user}{code}{attempt}", Username = user, CourseCode = code, AttemptNumber = attempt, Score = score, Passed = passed,
        SubmittedAt = DateTimeOffset.UnixEpoch.AddDays(attempt),
    };
}
