namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>The attempt's answer to a reported signal: what the page should tell the examinee.</summary>
/// <param name="Recorded">False when it changed nothing (a repeat within a moment, or the attempt is over).</param>
/// <param name="Limit">The incident limit under <see cref="IntegrityPolicy.SubmitAtLimit"/>, otherwise 0.</param>
/// <param name="Ended">This incident ended the attempt.</param>
[GenerateSerializer, Immutable]
public sealed record ProctoringAck(
    [property: Id(0)] bool Recorded,
    [property: Id(1)] int Incidents,
    [property: Id(2)] IntegrityPolicy Policy,
    [property: Id(3)] int Limit,
    [property: Id(4)] bool Ended);
