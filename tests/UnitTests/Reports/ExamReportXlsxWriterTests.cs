using ClosedXML.Excel;
using Mooc.WebFrontend.Reports;

namespace Mooc.UnitTests.Reports;

public sealed class ExamReportXlsxWriterTests
{
    [Fact]
    public void Report_ShouldBeOneSheetWithABoldFrozenIndonesianHeader()
    {
        using var workbook = Open(ExamReportXlsxWriter.Write(ExamReportSamples.All));

        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal(ExamReportXlsxWriter.SheetName, sheet.Name);
        Assert.Equal(ExamReportColumns.Headers, Enumerable.Range(1, ExamReportColumns.Headers.Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.False(sheet.Cell(2, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());
    }

    [Fact]
    public void Cells_ShouldKeepTextAsTextScoresAsNumbersAndTimesAsDatesInWib()
    {
        using var workbook = Open(ExamReportXlsxWriter.Write(ExamReportSamples.All));
        var sheet = workbook.Worksheet(1);

        Assert.Equal(XLDataType.Text, sheet.Cell(2, 1).DataType);
        Assert.Equal("199001012015031001", sheet.Cell(2, 1).GetString());
        Assert.Equal("I Gusti Ngurah D'Arcy, S.H.", sheet.Cell(2, 2).GetString());
        Assert.Equal("Kantor Imigrasi Kelas I TPI Denpasar", sheet.Cell(2, 3).GetString());
        Assert.Equal(("PLT-IMI-001", "Keamanan Dokumen Perjalanan"), (sheet.Cell(2, 4).GetString(), sheet.Cell(2, 5).GetString()));
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 6).DataType);
        Assert.Equal(2, sheet.Cell(2, 6).GetDouble());
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 7).DataType);
        Assert.Equal(new DateTime(2026, 12, 1, 14, 5, 0), sheet.Cell(2, 7).GetDateTime());
        Assert.Equal(ExamReportXlsxWriter.DateFormat, sheet.Cell(2, 7).Style.NumberFormat.Format);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 8).DataType);
        Assert.Equal(85, sheet.Cell(2, 8).GetDouble());
        Assert.Equal(70, sheet.Cell(2, 9).GetDouble());
        Assert.Equal("Lulus", sheet.Cell(2, 10).GetString());
        Assert.Equal("7K3Q-9XHT-2MVA-PD4E", sheet.Cell(2, 11).GetString());

        Assert.Equal((40d, "Tidak Lulus"), (sheet.Cell(3, 8).GetDouble(), sheet.Cell(3, 10).GetString()));
        Assert.True(sheet.Cell(3, 9).IsEmpty());
        Assert.True(sheet.Cell(3, 11).IsEmpty());
    }

    [Fact]
    public void NameThatLooksLikeAFormula_ShouldStayText()
    {
        using var workbook = Open(ExamReportXlsxWriter.Write(ExamReportSamples.All));
        var cell = workbook.Worksheet(1).Cell(4, 2);

        Assert.False(cell.HasFormula);
        Assert.Equal("=HYPERLINK(\"http://contoh\")", cell.GetString());
    }

    [Fact]
    public void Columns_ShouldBeWideEnoughForTheirLongestText()
    {
        using var workbook = Open(ExamReportXlsxWriter.Write(ExamReportSamples.All));
        var sheet = workbook.Worksheet(1);

        Assert.True(sheet.Column(3).Width >= "Kantor Imigrasi Kelas I TPI Denpasar".Length, $"Unit Kerja is {sheet.Column(3).Width} wide");
        Assert.True(sheet.Column(1).Width >= 18);
        Assert.True(sheet.Column(6).Width < sheet.Column(3).Width);
    }

    private static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));
}
