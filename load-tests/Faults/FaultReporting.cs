using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting;

namespace Mooc.LoadTests.Faults;

/// <summary>Adds the faults' recovery figures to a finished run's report and splits its errors into inside and outside the faults' windows.</summary>
public static class FaultReporting
{
    public static RunReport Add(RunReport report, IReadOnlyList<FaultRun> runs, RunMetrics metrics, double loadEndSecond)
    {
        if (runs.Count == 0)
        {
            return report;
        }

        var answersPerSecond = report.Timeline.Select(p => p.Answers).ToList();
        var errorTimes = metrics.Errors.Times();
        var faults = FaultRecovery.Compute(runs, metrics.ClientEvents.Snapshot(), answersPerSecond, errorTimes, loadEndSecond);
        var notes = report.Notes.ToList();
        notes.Add("Faults: a client is affected when an invocation or HTTP request of it failed, or its connection was lost, from the fault's "
            + "start until the next fault (or the end of the load); it resumed with its first successful SelectAnswer or Join after its last "
            + "such failure. Errors inside a fault's window (its start → all clients resumed and answers/s back at half the 10 s before) are "
            + "expected and counted apart; see load-tests/README.md.");
        return report with
        {
            Faults = faults,
            Totals = report.Totals with { ErrorsOutsideFaults = FaultRecovery.ErrorsOutside(faults, errorTimes, report.Totals.Errors) },
            Notes = notes,
        };
    }
}
