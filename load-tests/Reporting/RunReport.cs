using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting;

/// <summary>Everything a finished run reports; rendered as console table, report.md, report.json and report.html.</summary>
public sealed record RunReport(
    string Scenario,
    DateTimeOffset StartedAt,
    bool StoppedEarly,
    RunSettings Settings,
    MachineInfo Machine,
    RunTotals Totals,
    IReadOnlyList<MeasureReport> Measures,
    IReadOnlyList<ErrorCount> Errors,
    IReadOnlyList<string> Notes,
    IReadOnlyList<TallyCount> Counts)
{
    /// <summary>Per second of the load: answers, acknowledgement latency, errors, users.</summary>
    public IReadOnlyList<TimelinePoint> Timeline { get; init; } = [];

    /// <summary>The answer acknowledgement latency distribution (log-spaced buckets).</summary>
    public IReadOnlyList<HistogramBucket> AckHistogram { get; init; } = [];

    /// <summary>CPU and memory per kind of process on this machine; empty when the target is not local.</summary>
    public IReadOnlyList<ProcessUsage> Processes { get; init; } = [];

    /// <summary>CPU and memory per kind of process, per sampled second.</summary>
    public IReadOnlyList<ProcessSample> ProcessSeries { get; init; } = [];

    /// <summary>The exam scenario's check of the event store; null for other scenarios.</summary>
    public ExamVerification? Verification { get; init; }

    /// <summary>The --fault commands of the run and how the clients recovered from each.</summary>
    public IReadOnlyList<FaultReport> Faults { get; init; } = [];

    /// <summary>The design brief's budgets (§7) against this run.</summary>
    public IReadOnlyList<BudgetCheck> Budgets { get; init; } = [];
}
