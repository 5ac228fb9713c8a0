using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Accounts.Administration;

namespace Mooc.WebFrontend.Pages.Admin.Akun;

/// <summary>
/// Admin: one account's profile, status and history of admin actions, with "Reset Kata Sandi", "Kunci Akun" and
/// "Buka Kunci" (each with a reason). A reset's new password is in this one response only: never stored, never logged.
/// </summary>
public sealed class DetailModel(AccountAdminService accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Username { get; set; } = "";

    public AccountDetails? Account { get; private set; }

    /// <summary>Indonesian: what was done, or why not.</summary>
    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    /// <summary>The reset's new initial password, shown once.</summary>
    public string? NewPassword { get; private set; }

    /// <summary>The reason the admin typed, kept in the form after a refusal.</summary>
    public string? Reason { get; private set; }

    public bool IsSelf => string.Equals(AccountService.Normalize(Username), User.Username(), StringComparison.Ordinal);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostLockAsync(string? alasan) =>
        await AfterAsync(await accounts.LockAsync(Username, Action(alasan)), "Akun dikunci. Semua sesi akun ini telah diakhiri.", alasan);

    public async Task<IActionResult> OnPostUnlockAsync(string? alasan) =>
        await AfterAsync(await accounts.UnlockAsync(Username, Action(alasan)), "Kunci akun dibuka. Pemilik akun dapat login kembali.", alasan);

    public async Task<IActionResult> OnPostResetAsync(string? alasan)
    {
        var (outcome, password) = await accounts.ResetPasswordAsync(Username, Action(alasan));
        NewPassword = password;
        return await AfterAsync(outcome, "Kata sandi direset. Semua sesi akun ini telah diakhiri.", alasan);
    }

    private async Task<IActionResult> AfterAsync(AdminActionOutcome outcome, string done, string? reason)
    {
        Failed = !outcome.Done;
        Message = outcome.Done ? done : outcome.Refusal;
        Reason = outcome.Done ? null : reason;
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        Account = await accounts.GetAsync(Username);
        if (Account is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    private AdminAction Action(string? reason) => new(User.Username(), User.DisplayName(), reason ?? "");
}
