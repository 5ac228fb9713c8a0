using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Verification;

/// <summary>
/// After the load: waits (bounded) for the projection daemon to write the exam-history rows of the graded attempts,
/// reads every attempt the clients took part in from the event store and checks it against their ledgers.
/// </summary>
public static class ExamVerifier
{
    private static readonly TimeSpan ProjectionWait = TimeSpan.FromSeconds(60);

    public static async Task<ExamVerification> RunAsync(RunMetrics metrics, string? connectionString, TimeSpan deadlineTolerance, CancellationToken cancel)
    {
        var ledgers = metrics.Ledger.Attempts;
        if (connectionString is null)
        {
            return LedgerCheck.NotChecked(ledgers.Count, "no database given: pass --database CONNECTIONSTRING (or set ConnectionStrings__Mooc, or run the product with ./mooc run on this machine).");
        }

        try
        {
            await using var reader = new EventStoreReader(connectionString);
            var ids = ledgers.Select(l => l.AttemptId).ToList();
            var until = DateTime.UtcNow + ProjectionWait;
            while (await reader.CountGradedAsync(ids, cancel) is var (graded, rows) && rows < graded && DateTime.UtcNow < until)
            {
                await Task.Delay(500, cancel);
            }

            // One read of the streams, once the projection has caught up (or the wait ran out).
            var stored = await reader.ReadAsync(ids, cancel);
            var delays = AfterRunMeasures.Record(metrics, ledgers, stored);
            var (submissions, maxDelay, late) = DeadlineHonour.Evaluate(delays, deadlineTolerance);
            var verification = LedgerCheck.Compare(ledgers, stored) with
            {
                DeadlineSubmissions = submissions,
                MaxDeadlineDelaySeconds = maxDelay,
                DeadlineToleranceSeconds = deadlineTolerance.TotalSeconds,
                DeadlinesLate = late,
            };
            var missingRows = stored.Values.Count(a => a.GradedCommittedAt is not null && a.HistoryRowWrittenAt is null);
            return missingRows == 0
                ? verification
                : verification with { Findings = [.. verification.Findings, $"{missingRows} graded attempts had no exam-history row {ProjectionWait.TotalSeconds:0} s after the run"] };
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException or System.Text.Json.JsonException or KeyNotFoundException)
        {
            metrics.Errors.Record("event-store check", exception.GetType().Name);
            return LedgerCheck.NotChecked(ledgers.Count, $"the event store could not be read: {exception.Message}");
        }
    }
}
