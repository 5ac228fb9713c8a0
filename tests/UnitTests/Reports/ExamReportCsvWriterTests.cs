using CsvHelper;
using Mooc.WebFrontend.Reports;

namespace Mooc.UnitTests.Reports;

public sealed class ExamReportCsvWriterTests
{
    [Fact]
    public void Report_ShouldBeUtf8WithByteOrderMarkAndSemicolonsUnderIndonesianHeaders()
    {
        var bytes = ExamReportCsvWriter.Write(ExamReportSamples.All);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("NIP;Nama;Unit Kerja;Kode Pelatihan;Nama Pelatihan;Percobaan;Tanggal Ujian;Nilai;Nilai Kelulusan;Status;Nomor Sertifikat\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_ShouldReadBackWithCsvHelperFieldForField()
    {
        var records = Read(ExamReportCsvWriter.Write(ExamReportSamples.All));

        Assert.Equal(3, records.Count);
        var passed = records[0];
        Assert.Equal("199001012015031001", passed["NIP"]);
        Assert.Equal("I Gusti Ngurah D'Arcy, S.H.", passed["Nama"]);
        Assert.Equal("Kantor Imigrasi Kelas I TPI Denpasar", passed["Unit Kerja"]);
        Assert.Equal("PLT-IMI-001", passed["Kode Pelatihan"]);
        Assert.Equal("Keamanan Dokumen Perjalanan", passed["Nama Pelatihan"]);
        Assert.Equal(2, int.Parse(passed["Percobaan"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2026-12-01 14:05", passed["Tanggal Ujian"]);
        Assert.Equal(85, int.Parse(passed["Nilai"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("70", passed["Nilai Kelulusan"]);
        Assert.Equal("Lulus", passed["Status"]);
        Assert.Equal("7K3Q-9XHT-2MVA-PD4E", passed["Nomor Sertifikat"]);

        var failed = records[1];
        Assert.Equal(("40", "", "Tidak Lulus", ""), (failed["Nilai"], failed["Nilai Kelulusan"], failed["Status"], failed["Nomor Sertifikat"]));
        Assert.Equal("2026-11-28 14:05", failed["Tanggal Ujian"]);
    }

    [Fact]
    public void NameThatLooksLikeAFormula_ShouldBeEscapedAsText()
    {
        var records = Read(ExamReportCsvWriter.Write(ExamReportSamples.All));

        Assert.Equal("'=HYPERLINK(\"http://contoh\")", records[2]["Nama"]);
    }

    [Fact]
    public void EmptyReport_ShouldStillHaveTheHeader()
    {
        var records = Read(ExamReportCsvWriter.Write([]));

        Assert.Empty(records);
    }

    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
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
}
