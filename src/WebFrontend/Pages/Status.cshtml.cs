using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mooc.WebFrontend.Pages;

/// <summary>The page shown for an error status (404 and friends), in Indonesian.</summary>
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

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
