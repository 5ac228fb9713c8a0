namespace Mooc.WebFrontend.ExamBanks;

/// <summary>What is wrong with a question CSV: a whole-file problem (row 0) or one row's.</summary>
public enum QuestionCsvProblem
{
    Unreadable = 1,
    Empty = 2,
    MissingColumns = 3,
    TooManyRows = 4,
    NoRows = 5,
    MissingText = 10,
    TextTooLong = 11,
    TooFewOptions = 12,
    OptionTooLong = 13,
    OptionGap = 14,
    AnswerInvalid = 15,
    AnswerEmptyOption = 16,
    InvalidId = 17,
    DuplicateId = 18,
}
