using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.Grains.Abstractions.Exams;

/// <summary>An attempt started (manual E.1): its questions in order, and a deadline fixed by the server's clock.</summary>
/// <param name="Integrity">The training's integrity policy when the attempt started (it stays the attempt's).</param>
/// <param name="SittingId">The sitting it started in (none for a training without a schedule, and for events older than sittings).</param>
public sealed record ExamStarted(
    Guid AttemptId,
    string Username,
    string CourseCode,
    int AttemptNumber,
    IReadOnlyList<AttemptQuestion> Questions,
    int PassingGrade,
    int MaxAttempts,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline,
    Guid? SittingId = null,
    IntegrityPolicy Integrity = IntegrityPolicy.RecordOnly,
    int IncidentLimit = 0);
