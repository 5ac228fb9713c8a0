using Mooc.WebFrontend.Formatting;

namespace Mooc.WebFrontend.Reports;

/// <summary>"hasil-ujian-PLT-IMI-001-20261201.csv": the training (or "semua") and the day of the download in WIB.</summary>
public static class ExamReportFileName
{
    public static string For(string? courseCode, DateTimeOffset now, string extension) =>
        $"hasil-ujian-{courseCode ?? ExamReportQuery.AllTrainings}-{IndonesianTime.ToWib(now):yyyyMMdd}.{extension}";
}
