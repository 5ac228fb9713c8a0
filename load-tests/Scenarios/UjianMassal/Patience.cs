using System.Diagnostics;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// Tries a call until it succeeds, waiting <see cref="RetryBackoff"/> between tries, for at most --resend-limit-seconds:
/// how a patient exam page rides out a server-side fault (a silo or PostgreSQL gone for some seconds). Giving up is
/// counted and recorded as an error.
/// </summary>
public static class Patience
{
    /// <returns>The call's result, or null when it still failed after <paramref name="limit"/>.</returns>
    public static async Task<T?> RetryAsync<T>(Func<Task<T?>> attempt, TimeSpan limit, CancellationToken stop)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        for (var failures = 0; ; failures++)
        {
            if (await attempt() is { } result)
            {
                return result;
            }

            if (Stopwatch.GetElapsedTime(started) >= limit)
            {
                return null;
            }

            await Task.Delay(RetryBackoff.Delay(failures), stop);
        }
    }

    /// <summary>Records that an examinee stopped retrying; returns the exam outcome for the report.</summary>
    public static string GaveUp(RunMetrics metrics, string what, TimeSpan limit)
    {
        var outcome = $"gave up: {what} failed for {limit.TotalSeconds:0} s (--resend-limit-seconds)";
        metrics.GaveUp.Increment();
        metrics.Errors.Record("exam", outcome);
        return outcome;
    }
}
