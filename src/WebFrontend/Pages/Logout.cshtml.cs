using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.WebFrontend.Accounts;

namespace Mooc.WebFrontend.Pages;

/// <summary>
/// "Logout" in the profile menu (manual B.6): a POST with the anti-forgery token, then the home page. The session ends on
/// the server too (a new session stamp), so a copied cookie does not outlive the logout.
/// </summary>
public sealed class LogoutModel(AccountService accounts, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.Name is { } username && User.FindFirst(MoocClaims.SessionStamp)?.Value is { } stamp)
        {
            try
            {
                await accounts.SignOutAsync(username, stamp);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The browser's cookie still goes; the session itself ends at the next lock, reset or logout.
                logger.LogWarning(ex, "Logout of {Username}: the session could not be ended on the server", username);
            }
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Index");
    }
}
