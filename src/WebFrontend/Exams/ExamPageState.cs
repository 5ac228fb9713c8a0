using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;

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
    ExamResultState? Result,
    string Integrity,
    int IncidentLimit,
    int Incidents,
    bool TookOver = false)
{
    public static ExamPageState From(ExamAttemptView view, bool tookOver = false) => new(
        view.AttemptId, view.CourseCode, StatusName(view.Status), view.CurrentQuestion, view.Questions, view.Answers,
        (long)view.Remaining.TotalMilliseconds, view.LastSequence, ExamResultState.From(view.Outcome),
        IntegrityName(view.Integrity), view.IncidentLimit, view.Incidents, tookOver);

    /// <summary>The policy as the page names it: "record", "warn" or "submit".</summary>
    public static string IntegrityName(IntegrityPolicy policy) => policy switch
    {
        IntegrityPolicy.Warn => "warn",
        IntegrityPolicy.SubmitAtLimit => "submit",
        _ => "record",
    };

    public static string StatusName(AttemptStatus status) => status == AttemptStatus.Submitted ? "submitted" : "inProgress";
}
