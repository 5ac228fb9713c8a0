using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Reporting;

/// <summary>Everything a finished run reports; rendered as console table, report.md and report.json.</summary>
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
    IReadOnlyList<TallyCount> Counts);
