using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>What a fault test reads from the load driver's report.json (see load-tests/README.md, "Faults").</summary>
public sealed record FaultRunReport(
    int DriverExitCode,
    int Attempts,
    long AcknowledgedAnswers,
    long Lost,
    long Duplicates,
    long FinalAnswerMismatches,
    int SubmittedAttempts,
    int DeadlineSubmissions,
    TimeSpan MaxDeadlineDelay,
    long ErrorsOutsideFaults,
    bool HistoryRowsComplete,
    int? FaultExitCode,
    DateTimeOffset FaultStartedAt,
    int AffectedClients,
    int ResumedClients,
    IReadOnlyList<string> NotResumed,
    double? AllResumedAfterSeconds,
    double? ThroughputRecoveredAfterSeconds,
    double? LongestAckWaitSeconds,
    string FaultOutput)
{
    public static FaultRunReport Read(JsonElement root, int driverExitCode)
    {
        var verification = root.GetProperty("verification");
        Assert.True(verification.GetProperty("checked").GetBoolean(), verification.GetProperty("notCheckedReason").ToString());
        var fault = root.GetProperty("faults").EnumerateArray().Single();
        var graded = verification.GetProperty("submittedByExaminee").GetInt32() + verification.GetProperty("submittedByServer").GetInt32();
        var projected = root.GetProperty("measures").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == "Projection lag").GetProperty("summary").GetProperty("count").GetInt64();
        return new FaultRunReport(
            driverExitCode,
            verification.GetProperty("attempts").GetInt32(),
            verification.GetProperty("acknowledgedAnswers").GetInt64(),
            verification.GetProperty("lost").GetInt64(),
            verification.GetProperty("duplicates").GetInt64(),
            verification.GetProperty("finalAnswerMismatches").GetInt64(),
            graded,
            verification.GetProperty("deadlineSubmissions").GetInt32(),
            TimeSpan.FromSeconds(verification.GetProperty("maxDeadlineDelaySeconds").GetDouble()),
            root.GetProperty("totals").GetProperty("errorsOutsideFaults").GetInt64(),
            projected == graded,
            fault.GetProperty("exitCode").ValueKind == JsonValueKind.Number ? fault.GetProperty("exitCode").GetInt32() : null,
            fault.GetProperty("startedAt").GetDateTimeOffset(),
            fault.GetProperty("affectedClients").GetInt32(),
            fault.GetProperty("resumedClients").GetInt32(),
            [.. fault.GetProperty("notResumed").EnumerateArray().Select(u => u.GetString()!)],
            Seconds(fault, "allResumedAfterSeconds"),
            Seconds(fault, "throughputRecoveredAfterSeconds"),
            Seconds(fault, "longestAckWaitSeconds"),
            fault.GetProperty("output").GetString() ?? "");
    }

    /// <summary>The figures for the test's output (and the note).</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"attempts {Attempts}, acknowledged answers {AcknowledgedAnswers}, lost {Lost}, duplicates {Duplicates}, mismatches {FinalAnswerMismatches}");
        text.AppendLine(CultureInfo.InvariantCulture, $"deadline submissions {DeadlineSubmissions}, latest {MaxDeadlineDelay.TotalSeconds:0.000} s after its deadline");
        text.AppendLine(CultureInfo.InvariantCulture, $"fault exit {FaultExitCode}: {FaultOutput.Trim().Split('\n').LastOrDefault()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"affected {AffectedClients}, resumed {ResumedClients}, all resumed after {AllResumedAfterSeconds:0.0} s, answers/s back after {ThroughputRecoveredAfterSeconds:0.0} s, longest wait for an ack {LongestAckWaitSeconds:0.0} s");
        text.Append(CultureInfo.InvariantCulture, $"errors outside the fault {ErrorsOutsideFaults}; history rows complete {HistoryRowsComplete}; driver exit {DriverExitCode}");
        return text.ToString();
    }

    private static double? Seconds(JsonElement fault, string name) =>
        fault.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
