using System.Text;
using Mooc.WebFrontend.ExamBanks;

namespace Mooc.UnitTests.ExamBanks;

public sealed class QuestionCsvReaderTests
{
    private const string Header = "id;pertanyaan;opsi_a;opsi_b;opsi_c;opsi_d;opsi_e;jawaban\n";

    [Fact]
    public void SemicolonFileWithBomQuotesAndLineBreaks_ShouldReadEveryRow()
    {
        var csv = Header
            + "q01;Ibu kota?;Jakarta;Bandung;Surabaya;Medan;;a\n"
            + ";\"Baris satu;\nbaris dua\";A;B;C;D;E;E\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        var result = QuestionCsvReader.Read(reader);

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Rows.Count);
        var first = result.Rows[0];
        Assert.Equal((2, "q01", "Ibu kota?", 0), (first.Row, first.Id, first.Text, first.CorrectOption));
        Assert.Equal(["Jakarta", "Bandung", "Surabaya", "Medan"], first.Options);
        var second = result.Rows[1];
        Assert.Null(second.Id);
        Assert.Equal("Baris satu;\nbaris dua", second.Text);
        Assert.Equal((5, 4), (second.Options.Count, second.CorrectOption));
    }

    [Fact]
    public void CommaFileWithoutIdAndOptionEColumnsInAnotherOrder_ShouldBeRead()
    {
        var result = Read("Jawaban,Pertanyaan,Opsi_D,Opsi_C,Opsi_B,Opsi_A\nB,\"Satu, dua?\",d,c,b,a\n");

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        var row = Assert.Single(result.Rows);
        Assert.Equal(("Satu, dua?", 1), (row.Text, row.CorrectOption));
        Assert.Equal(["a", "b", "c", "d"], row.Options);
    }

    [Theory]
    [InlineData(";A;B;C;D;;A", "pertanyaan", QuestionCsvProblem.MissingText)]
    [InlineData("Soal?;A;B;C;;;A", "opsi_a–opsi_e", QuestionCsvProblem.TooFewOptions)]
    [InlineData("Soal?;A;;C;D;E;A", "opsi_b", QuestionCsvProblem.OptionGap)]
    [InlineData("Soal?;A;B;C;D;;F", "jawaban", QuestionCsvProblem.AnswerInvalid)]
    [InlineData("Soal?;A;B;C;D;;", "jawaban", QuestionCsvProblem.AnswerInvalid)]
    [InlineData("Soal?;A;B;C;D;;E", "jawaban", QuestionCsvProblem.AnswerEmptyOption)]
    public void BadRow_ShouldBeReportedWithItsRowAndColumnAndNothingRead(string row, string column, QuestionCsvProblem problem)
    {
        var result = Read(Header + "q01;Baik?;A;B;C;D;;A\n" + "q02;" + row + "\n");

        Assert.False(result.Ok);
        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, column, problem), (error.Row, error.Column, error.Problem));
    }

    [Fact]
    public void TooLongTextAndOption_ShouldEachBeReported()
    {
        var result = Read(Header + $"q01;{new string('x', 4001)};{new string('y', 1001)};B;C;D;;A\n");

        Assert.Equal(
            [("pertanyaan", QuestionCsvProblem.TextTooLong), ("opsi_a", QuestionCsvProblem.OptionTooLong)],
            result.Errors.Select(e => (e.Column, e.Problem)));
    }

    [Fact]
    public void DuplicateAndInvalidIds_ShouldBeReportedAtTheirRows()
    {
        var result = Read(Header + "q01;Satu?;A;B;C;D;;A\nq01;Dua?;A;B;C;D;;A\nsoal 3;Tiga?;A;B;C;D;;A\n");

        Assert.Equal(
            [(3, QuestionCsvProblem.DuplicateId, "2"), (4, QuestionCsvProblem.InvalidId, "")],
            result.Errors.Select(e => (e.Row, e.Problem, e.Detail)));
    }

    [Fact]
    public void EveryBadRow_ShouldBeReportedNotOnlyTheFirst()
    {
        var result = Read(Header + ";;A;B;C;D;;A\nq02;Soal?;A;B;C;D;;X\nq03;Baik?;A;B;C;D;;B\n;;A;B;;;;\n");

        Assert.Equal([2, 3, 5, 5, 5], result.Errors.Select(e => e.Row));
        Assert.Empty(result.Rows);
    }

    [Theory]
    [InlineData("", QuestionCsvProblem.Empty)]
    [InlineData("id;pertanyaan;opsi_a;opsi_b;jawaban\n", QuestionCsvProblem.MissingColumns)]
    [InlineData(Header, QuestionCsvProblem.NoRows)]
    public void BadFile_ShouldGetOneWholeFileProblem(string csv, QuestionCsvProblem problem)
    {
        var error = Assert.Single(Read(csv).Errors);
        Assert.Equal((0, problem), (error.Row, error.Problem));
    }

    [Fact]
    public void MissingColumns_ShouldBeNamed()
    {
        var error = Assert.Single(Read("id;pertanyaan;opsi_a;opsi_b\nq1;x;a;b\n").Errors);
        Assert.Equal("opsi_c, opsi_d, jawaban", error.Detail);
    }

    [Fact]
    public void MoreRowsThanTheLimit_ShouldBeRefusedAsAWhole()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i <= QuestionCsvReader.MaxRows; i++)
        {
            csv.Append(";Soal?;A;B;C;D;;A\n");
        }

        var error = Assert.Single(Read(csv.ToString()).Errors);
        Assert.Equal(QuestionCsvProblem.TooManyRows, error.Problem);
    }

    private static QuestionCsvResult Read(string csv) => QuestionCsvReader.Read(new StringReader(csv));
}
