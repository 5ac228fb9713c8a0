using ClosedXML.Excel;
using Mooc.Grains.Abstractions.Reports;
using Mooc.WebFrontend.Formatting;

namespace Mooc.WebFrontend.Reports;

/// <summary>
/// The report as one Excel sheet: bold frozen header with a filter, NIP and names as text (an 18-digit NIP as a
/// number would lose digits), scores as numbers and exam times as date cells in WIB.
/// </summary>
public static class ExamReportXlsxWriter
{
    public const string SheetName = "Hasil Ujian";

    public const string DateFormat = "dd/mm/yyyy hh:mm";

    /// <summary>
    /// The most rows written as XLSX. ClosedXML 0.95 keeps every cell as an object: 100,000 rows took 14 s and
    /// 1.4 GB of memory on this machine, 20,000 rows about a fifth of that; a bigger report goes to CSV
    /// (100,000 rows: 0.7 s, 76 MB).
    /// </summary>
    public const int MaxRows = 20_000;

    public static byte[] Write(IReadOnlyList<ExamReportRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        var headers = ExamReportColumns.Headers;
        var widths = headers.Select(h => h.Length).ToArray();
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var r = i + 2;
            // SetValue<string> stores text as it is (Value = "..." would parse it, and "=..." would become a formula).
            Text(sheet.Cell(r, 1), row.Nip, widths, 0);
            Text(sheet.Cell(r, 2), row.FullName, widths, 1);
            Text(sheet.Cell(r, 3), row.Unit, widths, 2);
            Text(sheet.Cell(r, 4), row.CourseCode, widths, 3);
            Text(sheet.Cell(r, 5), row.CourseTitle, widths, 4);
            sheet.Cell(r, 6).SetValue(row.AttemptNumber);
            var date = sheet.Cell(r, 7);
            date.SetValue(IndonesianTime.ToWib(row.SubmittedAt).DateTime);
            date.Style.NumberFormat.Format = DateFormat;
            widths[6] = Math.Max(widths[6], DateFormat.Length);
            sheet.Cell(r, 8).SetValue(row.Score);
            if (row.PassingGrade is { } grade)
            {
                sheet.Cell(r, 9).SetValue(grade);
            }

            Text(sheet.Cell(r, 10), ExamReportColumns.Status(row.Passed), widths, 9);
            if (row.CertificateNumber is { } number)
            {
                Text(sheet.Cell(r, 11), number, widths, 10);
            }
        }

        var header = sheet.Range(1, 1, 1, headers.Count);
        header.Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows.Count + 1, headers.Count).SetAutoFilter();
        // ClosedXML 0.95 measures text for AdjustToContents with System.Drawing, which .NET supports on Windows only:
        // widths come from the longest text instead (in characters, which is Excel's unit), plus room for the filter button.
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Column(c + 1).Width = Math.Clamp(widths[c] + 4, 8, 60);
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Text(IXLCell cell, string value, int[] widths, int column)
    {
        cell.SetValue(value);
        widths[column] = Math.Max(widths[column], value.Length);
    }
}
