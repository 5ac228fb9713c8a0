using Mooc.Grains.Abstractions.Certificates;

namespace Mooc.Silo.Certificates;

/// <summary>Read model: one issued certificate (document id = its number), for its grain and the verification page.</summary>
public sealed class CertificateRecord
{
    public string Id { get; set; } = "";

    public CertificateIssued Issued { get; set; } = null!;
}
