using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.WebFrontend.Certificates;

namespace Mooc.WebFrontend.Pages.Verifikasi;

/// <summary>
/// Public certificate verification (no login), by typed number or the certificate's QR code: valid with the
/// holder's name, the training and the date of passing, or "tidak ditemukan". Nothing else about the holder.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CertificateService certificates) : PageModel
{
    /// <summary>What was looked up; null while the form is shown empty.</summary>
    public string? Query { get; private set; }

    public CertificateVerification? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? number, string? nomor)
    {
        Query = number ?? nomor;
        if (Query is null)
        {
            return Page();
        }

        if (!CertificateNumber.TryNormalise(Query, out var canonical))
        {
            return NotFoundPage();
        }

        if (canonical != number)
        {
            return RedirectToPage(new { number = canonical, nomor = (string?)null });
        }

        Certificate = await certificates.VerifyAsync(canonical);
        return Certificate is null ? NotFoundPage() : Page();
    }

    private PageResult NotFoundPage()
    {
        Query = Query!.Length > CertificateNumber.MaxInputLength ? Query[..CertificateNumber.MaxInputLength] + "…" : Query;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
