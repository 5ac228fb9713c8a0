namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>An admin cancelled a sitting ("Batalkan"): nobody can start in it any more; running attempts go on.</summary>
public sealed record ExamSittingCancelled(Guid SittingId, string CourseCode, string Reason, string AdminUsername, string AdminName, DateTimeOffset At);
