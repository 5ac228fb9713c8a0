namespace Mooc.LoadTests.Reporting.Data;

/// <summary>One second of the run: acknowledged answers and their latency in that second, errors and users then.</summary>
/// <param name="Second">Seconds since the load started (0 is the first second).</param>
public sealed record TimelinePoint(
    int Second,
    long Answers,
    double AckP50Ms,
    double AckP99Ms,
    double AckMaxMs,
    long Errors,
    long ActiveUsers,
    long ConnectedUsers);
