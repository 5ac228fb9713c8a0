namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>
/// What an admin schedules for a sitting ("Jadwal Ujian"): who may sit (usernames/NIPs and/or units of work), when
/// they may start, how long an attempt started in it lasts, and how the start is spread in waves.
/// </summary>
/// <param name="Participants">Usernames (the NIP for ASN accounts), each matched exactly.</param>
/// <param name="Units">Units of work ("Unit Kerja" of the account), matched ignoring case.</param>
/// <param name="WaveSize">Examinees admitted per wave.</param>
/// <param name="WaveIntervalSeconds">Seconds between waves; 0 admits everyone at once.</param>
[GenerateSerializer, Immutable]
public sealed record ExamSittingPlan(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> Participants,
    [property: Id(2)] IReadOnlyList<string> Units,
    [property: Id(3)] DateTimeOffset OpensAt,
    [property: Id(4)] DateTimeOffset ClosesAt,
    [property: Id(5)] int DurationMinutes,
    [property: Id(6)] int WaveSize,
    [property: Id(7)] int WaveIntervalSeconds);
