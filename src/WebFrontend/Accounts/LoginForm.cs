using System.ComponentModel.DataAnnotations;

namespace Mooc.WebFrontend.Accounts;

/// <summary>The sign-in form of manual B.4: username, password (case-sensitive), captcha.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = "Username wajib diisi.")]
    [StringLength(64, ErrorMessage = "Username terlalu panjang.")]
    [Display(Name = "Username")]
    public string Username { get; set; } = "";

    [Required(ErrorMessage = "Password wajib diisi.")]
    [StringLength(128, ErrorMessage = "Password terlalu panjang.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Kode captcha wajib diisi.")]
    [StringLength(12, ErrorMessage = "Kode captcha terlalu panjang.")]
    [Display(Name = "Captcha")]
    public string Captcha { get; set; } = "";

    public Guid CaptchaId { get; set; }
}
