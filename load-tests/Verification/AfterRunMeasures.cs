using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

namespace Mooc.LoadTests.Verification;

/// <summary>
/// The measures that need the event store: the deadline a page was shown against the stored one, the server's
/// deadline submissions, the "submitted" push, and the projection lag to the exam-history row. Driver and product
/// share this machine's clock, so client arrival times and PostgreSQL commit times compare directly.
/// </summary>
public static class AfterRunMeasures
{
    /// <returns>For every attempt the server submitted: its ExamSubmitted commit − its deadline (the last one, extensions included).</returns>
    public static IReadOnlyList<TimeSpan> Record(RunMetrics metrics, IReadOnlyCollection<AttemptLedger> ledgers, IReadOnlyDictionary<Guid, StoredAttempt> stored)
    {
        var deadlineDelays = new List<TimeSpan>();
        foreach (var ledger in ledgers)
        {
            if (!stored.TryGetValue(ledger.AttemptId, out var attempt) || attempt.Deadline is not { } deadline)
            {
                continue;
            }

            var deadlineMs = deadline.ToUnixTimeMilliseconds();
            foreach (var implied in ledger.ImpliedDeadlines())
            {
                metrics.DeadlineDrift.RecordMicros(Math.Abs(implied - deadlineMs) * 1000);
            }

            if (attempt is { SubmittedByServer: true, SubmittedCommittedAt: { } committed })
            {
                metrics.DeadlineSubmit.Record(committed - deadline);
                deadlineDelays.Add(committed - deadline);
            }

            if (ledger.ServerSubmitPushedAt is { } pushed)
            {
                metrics.DeadlinePush.Record(pushed - deadline);
            }

            if (attempt is { GradedCommittedAt: { } graded, HistoryRowWrittenAt: { } written })
            {
                metrics.ProjectionLag.Record(written - graded);
            }
        }

        return deadlineDelays;
    }
}
