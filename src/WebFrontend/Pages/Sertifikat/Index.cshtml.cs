using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Certificates;

namespace Mooc.WebFrontend.Pages.Sertifikat;

/// <summary>
/// The certificate page (manual E.4): the learner's own certificate and its PDF. Someone else's number, an unknown
/// one and a malformed one all get the same "tidak ditemukan" page, so the page tells nobody whose a number is.
/// </summary>
[Authorize]
public sealed class IndexModel(CertificateService certificates) : PageModel
{
    public CertificateIssued? Certificate { get; private set; }

    public string VerificationUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string number)
    {
        if (!CertificateNumber.TryNormalise(number, out var canonical))
        {
            return NotFoundPage();
        }

        if (canonical != number)
        {
            return RedirectToPage(new { number = canonical });
        }

        Certificate = await certificates.GetForOwnerAsync(canonical, User.Username());
        if (Certificate is null)
        {
            return NotFoundPage();
        }

        VerificationUrl = certificates.VerificationUrl(canonical, Request);
        return Page();
    }

    /// <summary>"Unduh PDF": the certificate as a file named after its number.</summary>
    public async Task<IActionResult> OnGetPdfAsync(string number)
    {
        if (!CertificateNumber.TryNormalise(number, out var canonical)
            || await certificates.GetPdfForOwnerAsync(canonical, User.Username(), Request) is not { } pdf)
        {
            return NotFoundPage();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return File(pdf, "application/pdf", $"sertifikat-{canonical}.pdf");
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
