using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>The bank's rules (those of <c>CourseState.DecidePublishExam</c>) for one CSV row, each broken rule with its column.</summary>
public static class QuestionCsvRowRules
{
    /// <returns>The row as a question, or null when it cannot be read as one; <paramref name="errors"/> gets every problem.</returns>
    public static QuestionCsvRow? Check(int row, string id, string text, IReadOnlyList<string> options, string answer, List<QuestionCsvError> errors)
    {
        var before = errors.Count;
        var questionId = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        if (questionId is not null && !ExamQuestion.IsValidId(questionId))
        {
            errors.Add(new QuestionCsvError(row, "id", QuestionCsvProblem.InvalidId));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new QuestionCsvError(row, "pertanyaan", QuestionCsvProblem.MissingText));
        }
        else if (text.Length > ExamQuestion.MaxTextLength)
        {
            errors.Add(new QuestionCsvError(row, "pertanyaan", QuestionCsvProblem.TextTooLong));
        }

        var filled = options.Count(o => !string.IsNullOrWhiteSpace(o));
        var lastFilled = Enumerable.Range(0, options.Count).LastOrDefault(i => !string.IsNullOrWhiteSpace(options[i]), -1);
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Length > ExamQuestion.MaxOptionLength)
            {
                errors.Add(new QuestionCsvError(row, QuestionCsvReader.OptionColumns[i], QuestionCsvProblem.OptionTooLong));
            }
            else if (string.IsNullOrWhiteSpace(options[i]) && i < lastFilled && filled >= ExamQuestion.MinOptions)
            {
                errors.Add(new QuestionCsvError(row, QuestionCsvReader.OptionColumns[i], QuestionCsvProblem.OptionGap));
            }
        }

        if (filled < ExamQuestion.MinOptions)
        {
            errors.Add(new QuestionCsvError(row, "opsi_a–opsi_e", QuestionCsvProblem.TooFewOptions, filled.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var letter = answer.Trim().ToUpperInvariant();
        var correct = letter is [>= 'A' and <= 'E'] ? letter[0] - 'A' : -1;
        if (correct < 0)
        {
            errors.Add(new QuestionCsvError(row, "jawaban", QuestionCsvProblem.AnswerInvalid, answer.Trim()));
        }
        else if (correct >= options.Count || string.IsNullOrWhiteSpace(options[correct]))
        {
            errors.Add(new QuestionCsvError(row, "jawaban", QuestionCsvProblem.AnswerEmptyOption, letter));
        }

        return errors.Count > before ? null : new QuestionCsvRow(row, questionId, text.Trim(), options.Take(filled).Select(o => o.Trim()).ToList(), correct);
    }
}
