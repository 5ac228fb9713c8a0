namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>
/// The stored attempt's hash chain recomputed from its events (issue 9): intact, or the first event that breaks it,
/// named by its version (its place in the stream, from 1) and its stored type.
/// </summary>
/// <param name="FinalDigest">The digest stored with the last event: it stands for the whole attempt.</param>
/// <param name="CertificateDigest">The digest printed on the attempt's certificate (the chain at the grade), if one was issued.</param>
[GenerateSerializer, Immutable]
public sealed record AttemptIntegrityReport(
    [property: Id(0)] Guid AttemptId,
    [property: Id(1)] string Username,
    [property: Id(2)] string CourseCode,
    [property: Id(3)] int Events,
    [property: Id(4)] ChainBreak Break,
    [property: Id(5)] long? BrokenVersion,
    [property: Id(6)] string? BrokenEventType,
    [property: Id(7)] string? FinalDigest,
    [property: Id(8)] string? CertificateNumber,
    [property: Id(9)] string? CertificateDigest,
    [property: Id(10)] DateTimeOffset CheckedAt)
{
    public bool Intact => Break == ChainBreak.None;
}
