namespace Mooc.LoadTests.Reporting.Data;

/// <summary>
/// One fault of the run and how the clients came through it (definitions in load-tests/README.md, "Faults").
/// <see cref="AffectedClients"/>: examinees with a failure (invocation or HTTP request failed, connection lost) from the
/// fault's start until the next fault's start (or the end of the load); <see cref="ResumedClients"/>: those of them
/// with a successful SelectAnswer or Join after their last such failure; <see cref="NotResumed"/> the others, by username.
/// <see cref="AllResumedAfterSeconds"/>: the fault's start → the last affected client's resumption (null when not all did).
/// <see cref="ThroughputRecoveredAfterSeconds"/>: the fault's start → the first second whose acknowledged answers are back
/// at ≥ 50 % of the mean of the 10 s before the fault (0 when they never fell below; null when they did not come back
/// or there was no baseline). <see cref="LongestAckWaitSeconds"/>: the longest first send → acknowledgement of an answer
/// of an affected client, acknowledged between the fault's start and that client's first acknowledgement after its last failure.
/// <see cref="RecoveredAtSecond"/>: the end of the fault's window for the error split (null: the end of the run).
/// </summary>
public sealed record FaultReport(
    string Spec,
    double AtSeconds,
    string Command,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    double? StartSecond,
    double? EndSecond,
    int? ExitCode,
    string Output,
    string? CommandResult,
    int AffectedClients,
    int ResumedClients,
    IReadOnlyList<string> NotResumed,
    double? AllResumedAfterSeconds,
    double? ThroughputRecoveredAfterSeconds,
    double? LongestAckWaitSeconds,
    double? BaselineAnswersPerSecond,
    double? RecoveredAtSecond,
    long ErrorsInWindow);
