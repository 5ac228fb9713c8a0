namespace Mooc.Grains.Abstractions.Certificates;

/// <summary>
/// One issued certificate (key: its number in printed form, see <see cref="CertificateNumber"/>). Reads the
/// certificate from its read model, renders its PDF and keeps the rendering while it is active. Owner calls name
/// the signed-in learner and return nothing for anyone else, exactly as for a number that does not exist.
/// </summary>
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>The attempt that issued the certificate hands it over, so it is there before the read model is.</summary>
    Task RememberAsync(CertificateIssued issued);

    Task<CertificateIssued?> GetForOwnerAsync(string username);

    /// <summary>The PDF, its QR code pointing at <paramref name="verificationUrl"/>.</summary>
    Task<byte[]?> GetPdfForOwnerAsync(string username, string verificationUrl);

    /// <summary>For the public verification page; null when no certificate has this number.</summary>
    Task<CertificateVerification?> VerifyAsync();
}
