namespace Mooc.Grains.Abstractions.Reports;

/// <summary>The rows of one report and whether the row limit cut it short.</summary>
[GenerateSerializer, Immutable]
public sealed record ExamReport(
    [property: Id(0)] IReadOnlyList<ExamReportRow> Rows,
    [property: Id(1)] bool Truncated)
{
    /// <summary>
    /// The most rows one report returns. 100,000 rows of about 200 bytes are some 20 MB in one Orleans message
    /// (below its 100 MB limit) and a spreadsheet Excel still opens quickly; a bigger need is a narrower filter.
    /// </summary>
    public const int MaxRows = 100_000;
}
