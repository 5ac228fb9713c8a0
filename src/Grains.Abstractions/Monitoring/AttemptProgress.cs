using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>Where one attempt stands, as the attempt grain reports it to its training's board after every change.</summary>
/// <param name="NewAnswers">Answers stored by the change that sent this report (for the answers-per-minute rate).</param>
/// <param name="Reopens">How often an admin reopened the attempt: a reopened attempt runs again, so it may go back from submitted.</param>
/// <param name="Incidents">Proctoring incidents so far; <paramref name="LastIncident"/> is the latest, at <paramref name="LastIncidentAt"/>.</param>
[GenerateSerializer, Immutable]
public sealed record AttemptProgress(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string Username,
    [property: Id(2)] string CourseCode,
    [property: Id(3)] int AttemptNumber,
    [property: Id(4)] AttemptStatus Status,
    [property: Id(5)] int CurrentQuestion,
    [property: Id(6)] int Answered,
    [property: Id(7)] int Total,
    [property: Id(8)] DateTimeOffset StartedAt,
    [property: Id(9)] DateTimeOffset Deadline,
    [property: Id(10)] int? Score,
    [property: Id(11)] bool? Passed,
    [property: Id(12)] bool SubmittedByServer,
    [property: Id(13)] DateTimeOffset At,
    [property: Id(14)] int NewAnswers,
    [property: Id(15)] int Reopens = 0,
    [property: Id(16)] Guid? SittingId = null,
    [property: Id(17)] int Incidents = 0,
    [property: Id(18)] Integrity.ProctoringSignal? LastIncident = null,
    [property: Id(19)] DateTimeOffset? LastIncidentAt = null,
    [property: Id(20)] bool EndedForIncidents = false);
