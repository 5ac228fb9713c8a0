using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.WebFrontend.Accounts.Administration;

namespace Mooc.WebFrontend.Pages.Admin.Akun;

/// <summary>Admin: "Kelola Akun", the account directory: search by part of a name, NIP, username or unit; role and status filters; 50 a page.</summary>
public sealed class IndexModel(AccountAdminService accounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cari")]
    public string? Text { get; set; }

    /// <summary>"peserta", "admin" or empty for both.</summary>
    [BindProperty(SupportsGet = true, Name = "peran")]
    public string? Role { get; set; }

    /// <summary>"aktif", "dikunci" or empty for both.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "halaman")]
    public int PageNumber { get; set; } = 1;

    public AccountSearchResult Result { get; private set; } = new([], 0, 1);

    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        Text = Text?.Trim();
        if (Text is { Length: > AccountSearch.MaxTextLength })
        {
            Error = "Kata pencarian paling panjang 100 karakter.";
            return;
        }

        var role = Role switch { "peserta" => AccountRole.Learner, "admin" => AccountRole.Admin, _ => (AccountRole?)null };
        var status = Status switch { "aktif" => AccountStatus.Active, "dikunci" => AccountStatus.Locked, _ => (AccountStatus?)null };
        Result = await accounts.SearchAsync(new AccountSearch(Text, role, status, Math.Clamp(PageNumber, 1, 100_000)));
    }

    /// <summary>The query string of this search on another page.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["cari"] = Text ?? "",
        ["peran"] = Role ?? "",
        ["status"] = Status ?? "",
        ["halaman"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
