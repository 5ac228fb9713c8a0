namespace Mooc.WebFrontend.Reports;

/// <summary>
/// The columns of the downloaded report, in Indonesian whatever the page's language: the files go to the agency's own
/// records and spreadsheets, which read these names.
/// </summary>
public static class ExamReportColumns
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "NIP", "Nama", "Unit Kerja", "Kode Pelatihan", "Nama Pelatihan", "Percobaan", "Tanggal Ujian", "Nilai", "Nilai Kelulusan", "Status", "Nomor Sertifikat",
    ];

    public const string Passed = "Lulus";

    public const string Failed = "Tidak Lulus";

    public static string Status(bool passed) => passed ? Passed : Failed;
}
