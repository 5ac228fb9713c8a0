namespace Mooc.Grains.Abstractions.Certificates;

/// <summary>
/// A pass earned a certificate (manual E.3–E.4). Appended to the attempt's stream right after its grade, with
/// everything printed on it as it stood then: a later edit of the learner's name or the training's title never
/// changes an issued certificate.
/// </summary>
/// <param name="PassedAt">When the attempt was submitted (the date of passing).</param>
/// <param name="AttemptDigest">The attempt's hash-chain digest at its grade (issue 9): printed on the certificate, so a
/// stored attempt can be checked against the paper. Null for certificates issued before chaining.</param>
/// <param name="SignedIn">The place in the signature block ("Jakarta"); the signatory is the one configured when issued.</param>
[GenerateSerializer, Immutable]
public sealed record CertificateIssued(
    [property: Id(0)] string Number,
    [property: Id(1)] Guid AttemptId,
    [property: Id(2)] string Username,
    [property: Id(3)] string ParticipantName,
    [property: Id(4)] string Nip,
    [property: Id(5)] string CourseCode,
    [property: Id(6)] string TrainingTitle,
    [property: Id(7)] int LessonHours,
    [property: Id(8)] int Score,
    [property: Id(9)] DateTimeOffset PassedAt,
    [property: Id(10)] DateTimeOffset IssuedAt,
    [property: Id(11)] string SignedIn,
    [property: Id(12)] string SignatoryPosition,
    [property: Id(13)] string SignatoryName,
    [property: Id(14)] string SignatoryNip,
    [property: Id(15)] string? AttemptDigest = null);
