using Mooc.Grains.Abstractions.Reports;

namespace Mooc.WebFrontend.Reports;

/// <summary>The totals above the table: distinct learners, rows passed and failed, and the mean score of the rows.</summary>
public sealed record ExamReportTotals(int Learners, int Passed, int Failed, double? AverageScore)
{
    public static ExamReportTotals Of(IReadOnlyList<ExamReportRow> rows) => new(
        rows.Select(r => r.Username).Distinct(StringComparer.Ordinal).Count(),
        rows.Count(r => r.Passed),
        rows.Count(r => !r.Passed),
        rows.Count == 0 ? null : Math.Round(rows.Average(r => r.Score), 1, MidpointRounding.AwayFromZero));
}
