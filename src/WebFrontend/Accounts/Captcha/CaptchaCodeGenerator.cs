using System.Security.Cryptography;

namespace Mooc.WebFrontend.Accounts.Captcha;

/// <summary>Makes challenge codes: random, or the configured test code.</summary>
public sealed class CaptchaCodeGenerator(CaptchaOptions options)
{
    /// <summary>Upper-case letters and digits without look-alike pairs (0/O, 1/I/L, 5/S, 2/Z, 8/B), so a correct reader is never failed.</summary>
    public const string Alphabet = "34679ACDEFGHJKMNPQRTUVWXY";

    public string Next() => options.HasTestCode
        ? options.TestCode!.Trim()
        : RandomNumberGenerator.GetString(Alphabet, options.Length);
}
