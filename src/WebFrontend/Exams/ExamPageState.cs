using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// What the exam page receives: questions without any key, saved answers, where the examinee is, and the time
/// left as the server counts it (milliseconds, so the browser's own clock never matters).
/// </summary>
public sealed record ExamPageState(
    Guid AttemptId,
    string CourseCode,
    string Status,
    int CurrentQuestion,
    IReadOnlyList<QuestionView> Questions,
    IReadOnlyDictionary<int, int> Answers,
    long RemainingMs,
    long LastSequence,
    ExamResultState? Result)
{
    public static ExamPageState From(ExamAttemptView view) => new(
        view.AttemptId, view.CourseCode, StatusName(view.Status), view.CurrentQuestion, view.Questions, view.Answers,
        (long)view.Remaining.TotalMilliseconds, view.LastSequence, ExamResultState.From(view.Outcome));

    public static string StatusName(AttemptStatus status) => status == AttemptStatus.Submitted ? "submitted" : "inProgress";
}
