using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>One row of the live exam board: who, where in the exam, how far, the time and the connection.</summary>
/// <param name="Online">A page of the examinee is connected to the exam hub now.</param>
/// <param name="LastSeen">The last answer, navigation or connection change of the examinee.</param>
/// <param name="Incidents">Proctoring incidents so far; <paramref name="LastIncident"/> is the latest, at <paramref name="LastIncidentAt"/>.</param>
[GenerateSerializer, Immutable]
public sealed record MonitoredAttempt(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string Username,
    [property: Id(2)] string FullName,
    [property: Id(3)] string Nip,
    [property: Id(4)] string Unit,
    [property: Id(5)] int AttemptNumber,
    [property: Id(6)] AttemptStatus Status,
    [property: Id(7)] int CurrentQuestion,
    [property: Id(8)] int Answered,
    [property: Id(9)] int Total,
    [property: Id(10)] DateTimeOffset Deadline,
    [property: Id(11)] int? Score,
    [property: Id(12)] bool? Passed,
    [property: Id(13)] bool SubmittedByServer,
    [property: Id(14)] bool Online,
    [property: Id(15)] DateTimeOffset LastSeen,
    [property: Id(16)] Guid? SittingId = null,
    [property: Id(17)] int Incidents = 0,
    [property: Id(18)] Integrity.ProctoringSignal? LastIncident = null,
    [property: Id(19)] DateTimeOffset? LastIncidentAt = null,
    [property: Id(20)] bool EndedForIncidents = false);
