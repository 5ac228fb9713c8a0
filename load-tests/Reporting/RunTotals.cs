namespace Mooc.LoadTests.Reporting;

/// <summary>Counts and rates over the load period (ramp included, wind-down excluded).</summary>
public sealed record RunTotals(
    double LoadSeconds,
    long HttpRequests,
    long HubInvocations,
    long HubConnects,
    long Requests,
    double RequestsPerSecond,
    double HttpRequestsPerSecond,
    double HubInvocationsPerSecond,
    long Errors,
    long Answers = 0,
    double AnswersPerSecond = 0)
{
    /// <summary>Errors outside every fault's window (from its start to its recovery); equal to <see cref="Errors"/> in a run without faults.</summary>
    public long ErrorsOutsideFaults { get; init; }
}
