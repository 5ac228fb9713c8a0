using Marten;
using Mooc.Certificates;
using Mooc.Grains.Abstractions.Certificates;

namespace Mooc.Silo.Certificates;

/// <summary>
/// One certificate. Its data comes from the issuing attempt (<see cref="RememberAsync"/>) or the read model; its PDF
/// is rendered once per activation (and verification address) and served from memory after that.
/// </summary>
public sealed class CertificateGrain(IDocumentStore store, CertificatePdfRenderer renderer, ILogger<CertificateGrain> logger) : Grain, ICertificateGrain
{
    private CertificateIssued? _issued;
    private string? _pdfUrl;
    private byte[]? _pdf;

    private string Number => this.GetPrimaryKeyString();

    public Task RememberAsync(CertificateIssued issued)
    {
        if (issued.Number == Number)
        {
            _issued = issued;
        }

        return Task.CompletedTask;
    }

    public async Task<CertificateIssued?> GetForOwnerAsync(string username) =>
        await LoadAsync() is { } issued && issued.Username == username ? issued : null;

    public async Task<byte[]?> GetPdfForOwnerAsync(string username, string verificationUrl)
    {
        if (await GetForOwnerAsync(username) is not { } issued)
        {
            return null;
        }

        if (_pdf is null || _pdfUrl != verificationUrl)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var content = CertificateContents.From(issued, verificationUrl);
            // Off the grain scheduler: a rendering is tens of milliseconds of CPU that other grains should not wait behind.
            _pdf = await Task.Run(() => renderer.Render(content));
            _pdfUrl = verificationUrl;
            logger.LogInformation("Certificate {Number} rendered in {Elapsed:F1} ms ({Bytes} bytes)",
                Number, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, _pdf.Length);
        }

        return _pdf;
    }

    public async Task<CertificateVerification?> VerifyAsync() =>
        await LoadAsync() is { } issued ? new CertificateVerification(issued.Number, issued.ParticipantName, issued.TrainingTitle, issued.PassedAt, issued.AttemptDigest) : null;

    /// <summary>A miss is not kept: the read model may just not have caught up with a certificate issued a moment ago.</summary>
    private async Task<CertificateIssued?> LoadAsync()
    {
        if (_issued is null && CertificateNumber.TryNormalise(Number, out var number) && number == Number)
        {
            await using var session = store.QuerySession();
            _issued = (await session.LoadAsync<CertificateRecord>(Number))?.Issued;
        }

        return _issued;
    }
}
