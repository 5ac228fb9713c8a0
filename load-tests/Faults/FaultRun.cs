namespace Mooc.LoadTests.Faults;

/// <summary>What happened when one fault's command ran (or why it did not).</summary>
/// <param name="StartSecond">When the command started, in seconds on the run's clock (null: not run).</param>
/// <param name="EndSecond">When it ended, on the same clock.</param>
/// <param name="ExitCode">The command's exit code; null when it did not run; -1 when it was killed after the time limit.</param>
/// <param name="Output">stdout and stderr, interleaved, trimmed to the last few KB.</param>
/// <param name="CommandResult">The last stdout line when it is a JSON object (e.g. {"fault":"kill-silo","pid":1234,...}).</param>
public sealed record FaultRun(
    FaultSpec Fault,
    string Command,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    double? StartSecond,
    double? EndSecond,
    int? ExitCode,
    string Output,
    string? CommandResult);
