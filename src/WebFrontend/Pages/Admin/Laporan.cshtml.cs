using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Reports;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Reports;

namespace Mooc.WebFrontend.Pages.Admin;

/// <summary>
/// Admin: "Laporan Hasil Ujian", exam results per training with filters, on screen (the first rows and the totals)
/// and as CSV or XLSX. A GET form, so a filtered report is a link; a bad filter gets the page with its message, never a file.
/// </summary>
public sealed class LaporanModel(ExamReportService reports, CatalogService catalog, TimeProvider time) : PageModel
{
    public const int PreviewRows = 100;

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Kode { get; set; }

    [BindProperty(SupportsGet = true, Name = "dari")]
    public string? Dari { get; set; }

    [BindProperty(SupportsGet = true, Name = "sampai")]
    public string? Sampai { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "hasil")]
    public string? Hasil { get; set; }

    public IReadOnlyList<CourseAdminRow> Courses { get; private set; } = [];

    public ExamReportProblem Problem { get; private set; }

    public ExamReport? Report { get; private set; }

    public ExamReportTotals? Totals { get; private set; }

    private ExamReportQuery Query => new(Kode, Dari, Sampai, Status, Hasil);

    public async Task<IActionResult> OnGetAsync()
    {
        if (Query.IsEmpty)
        {
            Courses = await CoursesAsync();
            return Page();
        }

        if (await ValidateAsync() is not { } filter)
        {
            return Page();
        }

        Report = await reports.GetExamResultsAsync(filter);
        Totals = ExamReportTotals.Of(Report.Rows);
        return Page();
    }

    public Task<IActionResult> OnGetCsvAsync() =>
        DownloadAsync("csv", "text/csv; charset=utf-8", null, rows => Task.FromResult(ExamReportCsvWriter.Write(rows)));

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        DownloadAsync("xlsx", XlsxContentType, ExamReportXlsxWriter.MaxRows, rows => reports.WriteXlsxAsync(rows, cancellationToken));

    private async Task<IActionResult> DownloadAsync(string extension, string contentType, int? maxRows, Func<IReadOnlyList<ExamReportRow>, Task<byte[]>> write)
    {
        if (await ValidateAsync() is not { } filter)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var report = await reports.GetExamResultsAsync(filter);
        if (report.Rows.Count > maxRows)
        {
            Problem = ExamReportProblem.TooManyRowsForXlsx;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return File(await write(report.Rows), contentType, ExamReportFileName.For(filter.CourseCode, time.GetUtcNow(), extension));
    }

    private async Task<ExamReportFilter?> ValidateAsync()
    {
        Courses = await CoursesAsync();
        Problem = Query.Validate(Courses.Select(c => c.Code).ToHashSet(StringComparer.Ordinal), out var filter);
        return filter;
    }

    // Withdrawn trainings too: their results stay reportable.
    private async Task<IReadOnlyList<CourseAdminRow>> CoursesAsync() =>
        [.. (await catalog.ListAllCoursesAsync(null)).OrderBy(c => c.Code, StringComparer.Ordinal)];
}
