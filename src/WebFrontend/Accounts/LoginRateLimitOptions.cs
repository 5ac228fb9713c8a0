namespace Mooc.WebFrontend.Accounts;

/// <summary>The <c>RateLimits</c> section: sign-in attempts (POSTs of the login form) and captcha refreshes per client address per minute.</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Raise it for load tests that sign thousands in from one address.</summary>
    public int LoginPermitPerMinute { get; set; } = 10;

    /// <summary>New captcha challenges (the refresh icon) per client address per minute.</summary>
    public int CaptchaPermitPerMinute { get; set; } = 30;
}
