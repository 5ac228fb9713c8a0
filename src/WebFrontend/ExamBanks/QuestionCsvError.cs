namespace Mooc.WebFrontend.ExamBanks;

/// <summary>One problem of a question CSV. <see cref="Row"/> counts as a spreadsheet does (the header is row 1; 0 = the whole file).</summary>
public sealed record QuestionCsvError(int Row, string Column, QuestionCsvProblem Problem, string Detail = "");
