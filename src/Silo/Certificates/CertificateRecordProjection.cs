using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Certificates;

namespace Mooc.Silo.Certificates;

/// <summary>One record per issued certificate, from the attempt streams.</summary>
public sealed class CertificateRecordProjection : MultiStreamProjection<CertificateRecord, string>
{
    public CertificateRecordProjection() => Identity<CertificateIssued>(e => e.Number);

    public static void Apply(CertificateIssued e, CertificateRecord record)
    {
        record.Id = e.Number;
        record.Issued = e;
    }
}
