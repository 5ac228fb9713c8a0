using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Accounts.Captcha;
using Microsoft.Extensions.Localization;
using Mooc.WebFrontend.Formatting;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Pages;

[AllowAnonymous]
[EnableRateLimiting(AuthFeature.LoginRateLimitPolicy)]
public sealed class LoginModel(AccountService accounts, CaptchaService captcha, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string WrongCredentials = "Username atau password salah.";
    public const string WrongCaptcha = "Kode captcha salah. Silakan ketik kode pada gambar yang baru.";
    public const string LockedByAdmin = "Akun Anda dikunci. Hubungi admin.";
    public const string Busy = "Banyak peserta sedang login bersamaan. Tunggu beberapa detik, lalu login kembali.";

    /// <summary>Seconds a browser (or the load driver) is asked to wait before trying a busy sign-in again, when the silo names none.</summary>
    public const int BusyRetryAfterSeconds = 5;

    [BindProperty]
    public LoginForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        Form.CaptchaId = await captcha.NewChallengeAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return await RetryAsync(null);
        }

        if (!await captcha.VerifyAsync(Form.CaptchaId, Form.Captcha))
        {
            return await RetryAsync(text[WrongCaptcha]);
        }

        var outcome = await accounts.SignInAsync(Form.Username, Form.Password);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, MoocClaims.For(outcome.Profile!, outcome.SessionStamp!, CookieAuthenticationDefaults.AuthenticationScheme));
                return LocalRedirect(SafeReturnUrl);
            case SignInStatus.Busy:
                // Nothing was checked or counted; 503 + Retry-After tells clients and proxies it is temporary.
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Response.Headers.RetryAfter = ((int)(outcome.RetryAfter?.TotalSeconds ?? BusyRetryAfterSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return await RetryAsync(text[Busy]);
            case SignInStatus.LockedOut:
                return await RetryAsync(text["Akun ini dikunci sementara karena terlalu banyak percobaan login yang gagal. Silakan coba lagi setelah pukul {0}.", IndonesianTime.Clock(outcome.LockedUntil!.Value)]);
            case SignInStatus.LockedByAdmin:
                // Only after the right password: a stranger trying names still reads "Username atau password salah".
                return await RetryAsync(text[LockedByAdmin]);
            default:
                return await RetryAsync(text[WrongCredentials]);
        }
    }

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard";

    private async Task<IActionResult> RetryAsync(string? error)
    {
        Error = error;
        Form.Password = "";
        Form.Captcha = "";
        ModelState.Remove($"{nameof(Form)}.{nameof(LoginForm.Password)}");
        ModelState.Remove($"{nameof(Form)}.{nameof(LoginForm.Captcha)}");
        ModelState.Remove($"{nameof(Form)}.{nameof(LoginForm.CaptchaId)}");
        Form.CaptchaId = await captcha.NewChallengeAsync();
        return Page();
    }
}
