namespace Mooc.WebFrontend.ExamBanks;

/// <summary>A question CSV read: its good rows, and every problem found. Any problem means nothing may be imported.</summary>
public sealed record QuestionCsvResult(IReadOnlyList<QuestionCsvRow> Rows, IReadOnlyList<QuestionCsvError> Errors)
{
    public bool Ok => Errors.Count == 0;

    public static QuestionCsvResult FileError(QuestionCsvProblem problem, string detail = "") => new([], [new QuestionCsvError(0, "", problem, detail)]);
}
