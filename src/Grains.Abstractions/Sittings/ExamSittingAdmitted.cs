namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>
/// Examinees given their place in a sitting's admission queue, in order: <see cref="Usernames"/>[i] holds place
/// <see cref="FirstPosition"/> + i. One event per group commit (many presses of "Mulai Ujian" share one append).
/// </summary>
public sealed record ExamSittingAdmitted(Guid SittingId, int FirstPosition, IReadOnlyList<string> Usernames, DateTimeOffset At);
