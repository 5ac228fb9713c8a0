namespace Mooc.WebFrontend.Accounts.Captcha;

/// <summary>The <c>Captcha</c> configuration section.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Captcha";

    /// <summary>The longest code a challenge may carry (the grain refuses longer ones too).</summary>
    public const int MaxCodeLength = 12;

    /// <summary>
    /// When set, every challenge uses this fixed code, so automated and load tests can log in.
    /// Refused in Production (see <see cref="CaptchaFeature.AddCaptcha"/>).
    /// </summary>
    public string? TestCode { get; set; }

    /// <summary>Characters in a generated code (4–8).</summary>
    public int Length { get; set; } = 5;

    /// <summary>How long a challenge can be answered (30–3600).</summary>
    public int LifetimeSeconds { get; set; } = 300;

    public bool HasTestCode => !string.IsNullOrWhiteSpace(TestCode);

    public TimeSpan Lifetime => TimeSpan.FromSeconds(LifetimeSeconds);
}
