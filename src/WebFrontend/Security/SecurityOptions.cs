namespace Mooc.WebFrontend.Security;

/// <summary>The <c>Security</c> section: who may open the hubs from a browser, and HSTS.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Origins (<c>https://mooc.example.go.id</c>) whose pages may open <c>/hubs/*</c> besides the request's own origin.
    /// Needed only behind a TLS-terminating balancer that does not forward <c>X-Forwarded-Proto</c>: there the frontend
    /// sees <c>http</c> while the browser's Origin says <c>https</c>.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Strict-Transport-Security max-age on HTTPS responses, in days; 0 sends none. Never sent over plain HTTP.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}
