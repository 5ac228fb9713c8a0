using Microsoft.Extensions.Options;
using Mooc.Grains.Abstractions.Certificates;

namespace Mooc.WebFrontend.Certificates;

/// <summary>The learner's certificates and the public verification, over the Orleans client.</summary>
public sealed class CertificateService(IClusterClient cluster, IOptions<CertificateLinkOptions> options)
{
    public const string VerificationPath = "/verifikasi";

    public Task<CertificateIssued?> GetForOwnerAsync(string number, string username) =>
        cluster.GetGrain<ICertificateGrain>(number).GetForOwnerAsync(username);

    public Task<byte[]?> GetPdfForOwnerAsync(string number, string username, HttpRequest request) =>
        cluster.GetGrain<ICertificateGrain>(number).GetPdfForOwnerAsync(username, VerificationUrl(number, request));

    public Task<CertificateVerification?> VerifyAsync(string number) => cluster.GetGrain<ICertificateGrain>(number).VerifyAsync();

    /// <summary>The absolute address of the certificate's verification page, as its QR code holds it.</summary>
    public string VerificationUrl(string number, HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl?.TrimEnd('/');
        var site = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured;
        return $"{site}{VerificationPath}/{number}";
    }
}
