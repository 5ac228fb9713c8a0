namespace Mooc.Certificates;

/// <summary>The signature block: the place of signing, the official's position, name and NIP (configuration).</summary>
public sealed record CertificateSignatory(string Place, string Position, string Name, string Nip);
