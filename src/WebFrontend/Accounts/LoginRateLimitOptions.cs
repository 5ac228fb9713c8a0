namespace Mooc.WebFrontend.Accounts;

/// <summary>The <c>RateLimits</c> section: sign-in attempts (POSTs of the login form) per client address per minute.</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Raise it for load tests that sign thousands in from one address.</summary>
    public int LoginPermitPerMinute { get; set; } = 10;
}
