using CsvHelper;
using Mooc.Grains.Abstractions.Reports;
using Mooc.WebFrontend.Formatting;

namespace Mooc.WebFrontend.Reports;

/// <summary>
/// The report as CSV for Excel as set up in Indonesia: UTF-8 with a byte order mark (without it Excel reads the
/// text as ANSI and breaks names), ';' between fields (the list separator of the Indonesian locale, so a double
/// click opens it in columns), times in WIB as <c>yyyy-MM-dd HH:mm</c>, scores as plain integers. Text that starts
/// like a formula is escaped with a leading apostrophe, so a name cannot run as one when the file is opened.
/// </summary>
public static class ExamReportCsvWriter
{
    public const char Separator = ';';

    public const string DateFormat = "yyyy-MM-dd HH:mm";

    public static byte[] Write(IEnumerable<ExamReportRow> rows)
    {
        var options = new CsvWriterOptions { Separator = Separator, WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteHeader([.. ExamReportColumns.Headers]);
            foreach (var row in rows)
            {
                csv.WriteField(row.Nip);
                csv.WriteField(row.FullName);
                csv.WriteField(row.Unit);
                csv.WriteField(row.CourseCode);
                csv.WriteField(row.CourseTitle);
                csv.WriteField(row.AttemptNumber, "");
                csv.WriteField(IndonesianTime.ToWib(row.SubmittedAt).DateTime, DateFormat);
                csv.WriteField(row.Score, "");
                csv.WriteField(row.PassingGrade, "");
                csv.WriteField(ExamReportColumns.Status(row.Passed));
                csv.WriteField(row.CertificateNumber);
                csv.EndRecord();
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }
}
