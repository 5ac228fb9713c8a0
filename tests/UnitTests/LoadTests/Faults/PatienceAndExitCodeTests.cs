using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Reporting.Data;
using Mooc.LoadTests.Running;
using Mooc.LoadTests.Scenarios.UjianMassal;
using Mooc.LoadTests.Verification;
using Mooc.UnitTests.LoadTests.Html;

namespace Mooc.UnitTests.LoadTests.Faults;

public sealed class PatienceAndExitCodeTests
{
    [Fact]
    public void Backoff_ShouldBeOneTwoFiveThenEveryFiveSeconds()
    {
        Assert.Equal([1, 2, 5, 5, 5], Enumerable.Range(0, 5).Select(i => RetryBackoff.Delay(i).TotalSeconds));
    }

    [Fact]
    public void DeadlineSubmissions_ShouldBeLateOnlyBeyondTheTolerance()
    {
        var (count, max, late) = DeadlineHonour.Evaluate([TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5)], TimeSpan.FromSeconds(2));

        Assert.Equal((3, 2.5, 1), (count, max, late));
        Assert.Equal((0, (double?)null, 0), DeadlineHonour.Evaluate([], TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void ErrorsOnlyInsideAFaultsWindow_ShouldNotFailTheRun()
    {
        var report = Clean() with { Totals = Clean().Totals with { Errors = 40, ErrorsOutsideFaults = 0 }, Faults = [Fault(exitCode: 0, notResumed: [])] };

        Assert.Equal(ExitCodes.Ok, RunExitCode.Of(report));
        Assert.Equal(ExitCodes.RequestsFailed, RunExitCode.Of(report with { Totals = report.Totals with { ErrorsOutsideFaults = 1 } }));
    }

    [Fact]
    public void ExitCodes_ShouldNameTheGravestProblem()
    {
        var clean = Clean();

        Assert.Equal(ExitCodes.FaultCommandFailed, RunExitCode.Of(clean with { Faults = [Fault(exitCode: 1, notResumed: ["x"])] }));
        Assert.Equal(ExitCodes.ClientsNotResumed, RunExitCode.Of(clean with { Faults = [Fault(exitCode: 0, notResumed: ["x"])] }));
        Assert.Equal(ExitCodes.DeadlineLate, RunExitCode.Of(clean with { Verification = clean.Verification! with { DeadlinesLate = 1 }, Faults = [Fault(0, ["x"])] }));
        Assert.Equal(ExitCodes.AnswersLost, RunExitCode.Of(clean with { Verification = clean.Verification! with { Lost = 1, DeadlinesLate = 1 } }));
    }

    private static Mooc.LoadTests.Reporting.RunReport Clean()
    {
        var report = SyntheticRunReport.Exam(seconds: 30);
        return report with
        {
            Totals = report.Totals with { Errors = 0, ErrorsOutsideFaults = 0 },
            Verification = report.Verification! with { Lost = 0, Duplicates = 0, FinalAnswerMismatches = 0, DeadlinesLate = 0 },
        };
    }

    private static FaultReport Fault(int exitCode, IReadOnlyList<string> notResumed) =>
        new("kill-silo 2", 40, "bash mooc fault kill-silo 2", null, null, 40, 41, exitCode, string.Empty, null, 3, 3 - notResumed.Count, notResumed,
            notResumed.Count == 0 ? 2.5 : null, 3, 2.1, 100, 45, 12);
}
