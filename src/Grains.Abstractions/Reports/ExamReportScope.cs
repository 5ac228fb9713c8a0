namespace Mooc.Grains.Abstractions.Reports;

/// <summary>Every attempt ("semua percobaan"), or one row per learner and training ("hasil akhir per peserta").</summary>
public enum ExamReportScope
{
    /// <summary>
    /// The final result of each learner in each training within the period: the passing attempt if there is one
    /// (no attempt follows a pass), otherwise the latest. The status filter applies to that final result.
    /// </summary>
    FinalPerLearner = 0,

    AllAttempts = 1,
}
