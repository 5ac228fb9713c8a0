namespace Mooc.Grains.Abstractions.Reports;

/// <summary>Reads exam results for the admin report "Laporan Hasil Ujian"; a stateless worker over the exam history read model.</summary>
public interface IExamReportQueryGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The rows that match <paramref name="filter"/>, sorted by training, then name, then attempt; at most
    /// <see cref="ExamReport.MaxRows"/> (<see cref="ExamReport.Truncated"/> says when more matched).
    /// </summary>
    Task<ExamReport> GetExamResultsAsync(ExamReportFilter filter);
}
