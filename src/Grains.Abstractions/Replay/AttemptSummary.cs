using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Grains.Abstractions.Replay;

/// <summary>The header of an attempt's replay: who, which training, when, and how it ended.</summary>
/// <param name="FullName">Null when the account no longer exists; the username still identifies the learner.</param>
/// <param name="AnswerChanges">Answers that replaced an earlier answer to the same question.</param>
/// <param name="Reopens">How often an admin reopened the attempt after a technical fault.</param>
/// <param name="Incidents">Proctoring incidents; <paramref name="EndedForIncidents"/>: they reached the training's limit and ended it.</param>
[GenerateSerializer, Immutable]
public sealed record AttemptSummary(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string Username,
    [property: Id(2)] string? Nip,
    [property: Id(3)] string? FullName,
    [property: Id(4)] string? Unit,
    [property: Id(5)] string CourseCode,
    [property: Id(6)] string? Title,
    [property: Id(7)] int AttemptNumber,
    [property: Id(8)] int QuestionCount,
    [property: Id(9)] AttemptStatus Status,
    [property: Id(10)] DateTimeOffset StartedAt,
    [property: Id(11)] DateTimeOffset Deadline,
    [property: Id(12)] DateTimeOffset? SubmittedAt,
    [property: Id(13)] bool? SubmittedByServer,
    [property: Id(14)] int AnswersSaved,
    [property: Id(15)] int AnswerChanges,
    [property: Id(16)] int PassingGrade,
    [property: Id(17)] int? Score,
    [property: Id(18)] bool? Passed,
    [property: Id(19)] string? CertificateNumber,
    [property: Id(20)] string? EndedByAdmin,
    [property: Id(21)] int Reopens = 0,
    [property: Id(22)] int Incidents = 0,
    [property: Id(23)] bool EndedForIncidents = false)
{
    /// <summary>From the start to the submission; null while the attempt runs.</summary>
    public TimeSpan? DurationUsed => SubmittedAt - StartedAt;

    /// <summary>
    /// Whether "Buka kembali" applies: handed in by the server at the deadline or ended by a supervisor, and not passed
    /// (the attempt grain checks the rest and says why when it refuses).
    /// </summary>
    public bool MayBeReopened => Status == AttemptStatus.Submitted && Passed == false && (SubmittedByServer == true || EndedByAdmin is not null || EndedForIncidents);
}
