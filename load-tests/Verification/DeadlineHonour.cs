namespace Mooc.LoadTests.Verification;

/// <summary>
/// The server's deadline submissions against --deadline-tolerance-seconds: how many, the latest (commit − deadline),
/// and how many were later than the tolerance. A fault test passes the membership detection window + 2 s.
/// </summary>
public static class DeadlineHonour
{
    public static (int Submissions, double? MaxDelaySeconds, int Late) Evaluate(IReadOnlyList<TimeSpan> delays, TimeSpan tolerance) =>
        (delays.Count,
         delays.Count == 0 ? null : Math.Round(delays.Max().TotalSeconds, 3),
         delays.Count(d => d > tolerance));
}
