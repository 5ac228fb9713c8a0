namespace Mooc.Grains.Abstractions.Certificates;

/// <summary>What the public verification page may show of a certificate (manual E.4): no NIP, score or account.</summary>
/// <param name="AttemptDigest">The exam's integrity code printed on the certificate, so paper and record can be compared.</param>
[GenerateSerializer, Immutable]
public sealed record CertificateVerification(
    [property: Id(0)] string Number,
    [property: Id(1)] string ParticipantName,
    [property: Id(2)] string TrainingTitle,
    [property: Id(3)] DateTimeOffset PassedAt,
    [property: Id(4)] string? AttemptDigest = null);
