using Mooc.Grains.Abstractions.Reports;

namespace Mooc.WebFrontend.Reports;

/// <summary>The admin's exam report over the Orleans client.</summary>
public sealed class ExamReportService(IClusterClient cluster)
{
    public Task<ExamReport> GetExamResultsAsync(ExamReportFilter filter) =>
        cluster.GetGrain<IExamReportQueryGrain>(0).GetExamResultsAsync(filter);
}
