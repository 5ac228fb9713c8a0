namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// Everything the exam page needs to (re)draw itself: questions without the key, saved answers by question
/// number, where the examinee is, the highest answer sequence stored (so a browser that lost its counter continues
/// above it), and the time — the server's, never the browser's.
/// </summary>
/// <param name="Integrity">The attempt's proctoring policy, so the page knows whether to warn (and when the attempt would end).</param>
[GenerateSerializer, Immutable]
public sealed record ExamAttemptView(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string CourseCode,
    [property: Id(2)] AttemptStatus Status,
    [property: Id(3)] int CurrentQuestion,
    [property: Id(4)] IReadOnlyList<QuestionView> Questions,
    [property: Id(5)] IReadOnlyDictionary<int, int> Answers,
    [property: Id(6)] DateTimeOffset Deadline,
    [property: Id(7)] DateTimeOffset ServerNow,
    [property: Id(8)] ExamOutcome? Outcome,
    [property: Id(9)] long LastSequence,
    [property: Id(10)] Integrity.IntegrityPolicy Integrity = Integrity.IntegrityPolicy.RecordOnly,
    [property: Id(11)] int IncidentLimit = 0,
    [property: Id(12)] int Incidents = 0)
{
    public TimeSpan Remaining => Status == AttemptStatus.InProgress && Deadline > ServerNow ? Deadline - ServerNow : TimeSpan.Zero;
}
