namespace Mooc.Certificates;

/// <summary>
/// Everything printed on one certificate, as issued (the silo snapshots it in <c>CertificateIssued</c>, so a later
/// edit of a name or a training title never changes an issued certificate).
/// </summary>
/// <param name="Number">The certificate number as printed, e.g. <c>7K3Q-9XHT-2MVA-PD4E</c>.</param>
/// <param name="PassedOn">The date of passing in Western Indonesian Time (WIB).</param>
/// <param name="VerificationUrl">The absolute URL of the public verification page that the QR code encodes.</param>
/// <param name="IssuedAt">The PDF's creation date.</param>
/// <param name="AttemptDigest">The exam attempt's hash-chain digest at the grade, grouped for reading; none for older certificates.</param>
public sealed record CertificateContent(
    string Number,
    string ParticipantName,
    string Nip,
    string TrainingTitle,
    int LessonHours,
    int Score,
    DateOnly PassedOn,
    string VerificationUrl,
    CertificateSignatory Signatory,
    DateTimeOffset IssuedAt,
    string? AttemptDigest = null);
