using Mooc.Grains.Abstractions.Reports;

namespace Mooc.UnitTests.Reports;

/// <summary>Report rows for the writer tests: a name with an apostrophe and a comma, a fail without certificate, a name that looks like a formula.</summary>
public static class ExamReportSamples
{
    /// <summary>07:05 UTC is 14:05 WIB.</summary>
    public static readonly DateTimeOffset SubmittedAt = new(2026, 12, 1, 7, 5, 0, TimeSpan.Zero);

    public static readonly ExamReportRow Passed = new(
        "199001012015031001", "199001012015031001", "I Gusti Ngurah D'Arcy, S.H.", "Kantor Imigrasi Kelas I TPI Denpasar",
        "PLT-IMI-001", "Keamanan Dokumen Perjalanan", 2, SubmittedAt, 85, 70, true, "7K3Q-9XHT-2MVA-PD4E");

    public static readonly ExamReportRow Failed = new(
        "199205172018012002", "199205172018012002", "Siti Rahmawati", "Lapas Kelas IIA Bogor",
        "PLT-IMI-001", "Keamanan Dokumen Perjalanan", 1, SubmittedAt.AddDays(-3), 40, null, false, null);

    public static readonly ExamReportRow FormulaLike = Failed with { Username = "x", Nip = "x", FullName = "=HYPERLINK(\"http://contoh\")" };

    public static readonly IReadOnlyList<ExamReportRow> All = [Passed, Failed, FormulaLike];
}
