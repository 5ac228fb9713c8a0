using Mooc.LoadTests.Reporting;
using Mooc.UnitTests.LoadTests.Html;

namespace Mooc.UnitTests.LoadTests;

/// <summary>report.json can be read back, so an earlier run can be rendered again (--render).</summary>
public sealed class JsonReportTests
{
    [Fact]
    public void WrittenReport_ShouldReadBackToTheSameJson()
    {
        var written = JsonReport.Render(SyntheticRunReport.Exam(seconds: 120));

        var read = JsonReport.Parse(written);

        Assert.NotNull(read);
        Assert.NotEmpty(read.Timeline);
        Assert.Equal(written, JsonReport.Render(read));
    }

    [Fact]
    public void OfferedLoadAboveTheBudgetButNotAcknowledged_ShouldMissTheAnswersPerSecondBudget()
    {
        var report = SyntheticRunReport.Exam(seconds: 60, users: 2000) with
        {
            Settings = SyntheticRunReport.Exam(seconds: 60).Settings with { Users = 2000, ThinkMs = 1000 },
        };

        var budget = BudgetChecks.Evaluate(report).Single(b => b.Budget == "Durable answers per second");

        Assert.False(budget.Met);
        Assert.Contains("offered about 2,000/s", budget.Note, StringComparison.Ordinal);
    }
}
