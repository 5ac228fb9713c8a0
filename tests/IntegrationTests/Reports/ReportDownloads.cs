using System.Net;
using ClosedXML.Excel;
using CsvHelper;
using Mooc.WebFrontend.Reports;

namespace Mooc.IntegrationTests.Reports;

/// <summary>Downloads the admin's exam report over HTTP and reads the files back as a spreadsheet user would get them.</summary>
public static class ReportDownloads
{
    /// <summary>One record per data row, by header name.</summary>
    public static async Task<IReadOnlyList<Dictionary<string, string>>> CsvAsync(HttpClient admin, string query)
    {
        using var response = await admin.GetAsync($"admin/laporan?handler=Csv&{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ExamReportCsvWriter.Separator });
        csv.ReadHeader();
        Assert.Equal(ExamReportColumns.Headers, csv.Headers);
        var records = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            records.Add(csv.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }

        return records;
    }

    /// <summary>The sheet's data rows as text by header name (numbers as written, dates as yyyy-MM-dd HH:mm), and the raw cells of the first data row.</summary>
    public static async Task<IReadOnlyList<Dictionary<string, string>>> XlsxAsync(HttpClient admin, string query, Action<IXLWorksheet>? inspect = null)
    {
        using var response = await admin.GetAsync($"admin/laporan?handler=Xlsx&{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        inspect?.Invoke(sheet);
        var headers = ExamReportColumns.Headers;
        var last = sheet.LastRowUsed().RowNumber();
        return Enumerable.Range(2, Math.Max(0, last - 1))
            .Select(r => headers.Select((h, c) => (h, Cell: sheet.Cell(r, c + 1))).ToDictionary(
                x => x.h,
                x => x.Cell.DataType == XLDataType.DateTime ? x.Cell.GetDateTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : x.Cell.GetString()))
            .ToList();
    }
}
