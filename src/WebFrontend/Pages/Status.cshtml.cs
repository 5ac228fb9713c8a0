using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mooc.WebFrontend.Pages;

/// <summary>The page shown for an error status (404 and friends), in Indonesian.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    /// <summary>A failed form POST is re-executed here as a POST: it gets the same page.</summary>
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Halaman tidak ditemukan", "Alamat yang Anda buka tidak ada atau sudah dipindahkan."),
            403 => ("Akses ditolak", "Akun Anda tidak memiliki hak untuk membuka halaman ini."),
            _ => ("Terjadi kesalahan", "Permintaan Anda tidak dapat diproses."),
        };
    }
}
