namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>
/// What a learner is told about their sitting when "Mulai Ujian" cannot start now: the window, and in the waiting
/// room their wave (1-based) and the moment they are admitted, with the server's time of the answer.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SittingNotice(
    [property: Id(0)] Guid SittingId,
    [property: Id(1)] string Name,
    [property: Id(2)] DateTimeOffset OpensAt,
    [property: Id(3)] DateTimeOffset ClosesAt,
    [property: Id(4)] int? Wave,
    [property: Id(5)] DateTimeOffset? AdmitAt,
    [property: Id(6)] DateTimeOffset At);
