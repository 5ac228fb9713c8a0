using CsvHelper;
namespace Mooc.WebFrontend.ExamBanks;

/// <summary>
/// Reads a question bank CSV ("Impor Soal"): columns <c>id</c> (optional), <c>pertanyaan</c>, <c>opsi_a</c>…<c>opsi_d</c>,
/// <c>opsi_e</c> (optional) and <c>jawaban</c> (A–E), in any order; the separator (<c>;</c> or <c>,</c>) is detected, quoted
/// fields may hold line breaks. Every row is checked against the bank's rules and every problem is reported, row and column.
/// </summary>
public static class QuestionCsvReader
{
    public const int MaxRows = 2000;

    public static readonly string[] OptionColumns = ["opsi_a", "opsi_b", "opsi_c", "opsi_d", "opsi_e"];

    private static readonly string[] IdNames = ["id", "id_soal"];
    private static readonly string[] TextNames = ["pertanyaan", "soal", "question"];
    private static readonly string[] AnswerNames = ["jawaban", "kunci", "answer"];

    public static QuestionCsvResult Read(TextReader text)
    {
        var options = new CsvReaderOptions { TrimWhitespace = true, MaxRecordSize = 64 * 1024, NormalizeHeaderName = n => n.Trim().Replace(" ", "_", StringComparison.Ordinal).Replace("-", "_", StringComparison.Ordinal) };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0)
            {
                return QuestionCsvResult.FileError(QuestionCsvProblem.Empty);
            }

            var columns = new Columns(Find(csv, IdNames), Find(csv, TextNames), OptionColumns.Select(c => Find(csv, [c, c.Replace("opsi_", "pilihan_", StringComparison.Ordinal)])).ToArray(), Find(csv, AnswerNames));
            var missing = new[] { (columns.Text, "pertanyaan"), (columns.Options[0], "opsi_a"), (columns.Options[1], "opsi_b"), (columns.Options[2], "opsi_c"), (columns.Options[3], "opsi_d"), (columns.Answer, "jawaban") }
                .Where(c => c.Item1 < 0).Select(c => c.Item2).ToList();
            if (missing.Count > 0)
            {
                return QuestionCsvResult.FileError(QuestionCsvProblem.MissingColumns, string.Join(", ", missing));
            }

            var rows = new List<QuestionCsvRow>();
            var errors = new List<QuestionCsvError>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var count = 0;
            while (csv.Read())
            {
                if (++count > MaxRows)
                {
                    return QuestionCsvResult.FileError(QuestionCsvProblem.TooManyRows, MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                string Field(int index) => index < 0 ? "" : csv.GetString(index);
                var row = count + 1;
                var rowErrors = new List<QuestionCsvError>();
                var parsed = QuestionCsvRowRules.Check(row, Field(columns.Id), Field(columns.Text), columns.Options.Select(Field).ToArray(), Field(columns.Answer), rowErrors);
                var id = Field(columns.Id).Trim();
                if (id.Length > 0 && !seen.TryAdd(id, row))
                {
                    rowErrors.Add(new QuestionCsvError(row, "id", QuestionCsvProblem.DuplicateId, seen[id].ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                errors.AddRange(rowErrors);
                if (parsed is not null && rowErrors.Count == 0)
                {
                    rows.Add(parsed);
                }
            }

            return count == 0 ? QuestionCsvResult.FileError(QuestionCsvProblem.NoRows) : new QuestionCsvResult(errors.Count == 0 ? rows : [], errors);
        }
        catch (CsvFormatException ex)
        {
            return QuestionCsvResult.FileError(QuestionCsvProblem.Unreadable, ex.Message);
        }
    }

    private static int Find(CsvReader csv, string[] names)
    {
        foreach (var name in names)
        {
            if (csv.TryGetFieldIndex(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    private sealed record Columns(int Id, int Text, int[] Options, int Answer);
}
