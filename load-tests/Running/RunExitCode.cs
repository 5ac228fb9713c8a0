using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Reporting;

namespace Mooc.LoadTests.Running;

/// <summary>
/// A finished run's exit code, the gravest first: answers lost or stored twice (4), a fault command failed (6), a
/// deadline honoured late (7), clients that did not resume or gave up (8), errors outside the faults' windows (1).
/// </summary>
public static class RunExitCode
{
    public static int Of(RunReport report)
    {
        if (report.Verification is { Checked: true } v && v.Lost + v.Duplicates + v.FinalAnswerMismatches > 0)
        {
            return ExitCodes.AnswersLost;
        }

        if (report.Faults.Any(f => f.ExitCode != 0))
        {
            return ExitCodes.FaultCommandFailed;
        }

        if (report.Verification is { Checked: true, DeadlinesLate: > 0 })
        {
            return ExitCodes.DeadlineLate;
        }

        if (report.Faults.Any(f => f.NotResumed.Count > 0) || report.Counts.Any(c => c is { Group: "Exam", Name: "gave up retrying", Count: > 0 }))
        {
            return ExitCodes.ClientsNotResumed;
        }

        return report.Totals.ErrorsOutsideFaults == 0 ? ExitCodes.Ok : ExitCodes.RequestsFailed;
    }
}
