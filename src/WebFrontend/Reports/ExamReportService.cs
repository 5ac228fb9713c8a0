using Mooc.Grains.Abstractions.Reports;

namespace Mooc.WebFrontend.Reports;

/// <summary>The admin's exam report over the Orleans client, and its XLSX rendering one at a time.</summary>
public sealed class ExamReportService(IClusterClient cluster) : IDisposable
{
    // An XLSX of the largest allowed size holds a few hundred MB while it is written: one at a time per frontend,
    // so two admins downloading at once cannot double that next to the exam pages this process serves.
    private readonly SemaphoreSlim _xlsx = new(1);

    public Task<ExamReport> GetExamResultsAsync(ExamReportFilter filter) =>
        cluster.GetGrain<IExamReportQueryGrain>(0).GetExamResultsAsync(filter);

    public async Task<byte[]> WriteXlsxAsync(IReadOnlyList<ExamReportRow> rows, CancellationToken cancellationToken)
    {
        await _xlsx.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => ExamReportXlsxWriter.Write(rows), cancellationToken);
        }
        finally
        {
            _xlsx.Release();
        }
    }

    public void Dispose() => _xlsx.Dispose();
}
