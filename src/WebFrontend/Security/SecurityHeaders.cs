namespace Mooc.WebFrontend.Security;

/// <summary>The response headers every frontend response carries (pages, static files, error pages, hub negotiation).</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline script or style anywhere: every script and style is the esbuild bundle under <c>/dist</c>. <c>data:</c>
    /// images are Bootstrap's SVG icons in its CSS. <c>connect-src 'self'</c> covers the SignalR websocket to the same
    /// host (CSP Level 3: 'self' matches ws:/wss: of the page's host, as Chromium and Firefox do).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Certificate numbers (<c>/verifikasi/…</c>), usernames and NIPs appear in URLs: another site gets the origin at most,
    /// and nothing over a downgrade to HTTP. Not <c>no-referrer</c>, because that also turns the <c>Origin</c> of the site's
    /// own form posts into <c>null</c>.
    /// </summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Fullscreen stays allowed to the site itself (the exam asks for it); nothing else is used.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    public static void Apply(IHeaderDictionary headers, bool isHttps, SecurityOptions options)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        if (isHttps && options.HstsMaxAgeDays > 0)
        {
            headers.StrictTransportSecurity = $"max-age={(long)TimeSpan.FromDays(options.HstsMaxAgeDays).TotalSeconds}";
        }
    }
}
