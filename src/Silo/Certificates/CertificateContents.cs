using Mooc.Certificates;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Infrastructure.Time;

namespace Mooc.Silo.Certificates;

/// <summary>What gets printed, from what was issued: dates in Western Indonesian Time (WIB), where the agency signs.</summary>
public static class CertificateContents
{
    public static CertificateContent From(CertificateIssued issued, string verificationUrl) => new(
        issued.Number,
        issued.ParticipantName,
        issued.Nip,
        issued.TrainingTitle,
        issued.LessonHours,
        issued.Score,
        Wib.Day(issued.PassedAt),
        verificationUrl,
        new CertificateSignatory(issued.SignedIn, issued.SignatoryPosition, issued.SignatoryName, issued.SignatoryNip),
        issued.IssuedAt,
        issued.AttemptDigest is { } digest ? DigestText.Grouped(digest) : null);
}
