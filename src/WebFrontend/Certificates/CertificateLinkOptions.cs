namespace Mooc.WebFrontend.Certificates;

/// <summary>
/// Configuration section <c>Certificates</c>: <see cref="PublicBaseUrl"/> is the address printed in every
/// certificate's QR code (e.g. <c>https://mooc.bpsdm.kemenimipas.go.id</c>). Unset, the address the page was
/// requested on is used, which is right for a single site but not behind a proxy that rewrites the host.
/// </summary>
public sealed class CertificateLinkOptions
{
    public const string Section = "Certificates";

    public string? PublicBaseUrl { get; set; }
}
