using Mooc.Grains.Abstractions.Reports;
using Mooc.Silo.Learning;

namespace Mooc.Silo.Reports;

/// <summary>The "hasil akhir per peserta" rule, apart from the database so it can be tested on its own.</summary>
public static class ExamReportSelection
{
    /// <summary>
    /// One row per learner and training: the passing attempt (no attempt follows a pass), else the latest; then the
    /// status filter on that final result, so a learner who failed once and then passed is not listed as "Tidak Lulus".
    /// </summary>
    public static List<ExamHistoryRow> FinalPerLearner(IEnumerable<ExamHistoryRow> rows, ExamReportStatus status) =>
        rows
            .GroupBy(r => (r.CourseCode, r.Username))
            .Select(g => g.OrderByDescending(r => r.Passed).ThenByDescending(r => r.AttemptNumber).First())
            .Where(r => status switch
            {
                ExamReportStatus.Passed => r.Passed,
                ExamReportStatus.Failed => !r.Passed,
                _ => true,
            })
            .ToList();
}
