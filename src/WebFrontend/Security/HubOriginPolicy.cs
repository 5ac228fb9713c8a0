namespace Mooc.WebFrontend.Security;

/// <summary>
/// Whether a request to <c>/hubs/*</c> may go on, judged by its <c>Origin</c> header. A browser always sends Origin on a
/// websocket handshake and on the negotiate POST, so a page of another site (cross-site websocket hijacking with the
/// learner's cookie) is refused. No Origin at all is a non-browser client (the load driver, .NET SignalR clients): allowed,
/// since such a client holds the cookie itself and could send any Origin it liked anyway.
/// </summary>
public static class HubOriginPolicy
{
    public static bool IsAllowed(string? origin, string requestScheme, string requestHost, IReadOnlyCollection<string> allowedOrigins)
    {
        if (origin is null)
        {
            return true;
        }

        if (!TryParse(origin, out var from))
        {
            // Includes "null" (sandboxed frames, file: pages): never a page of this site.
            return false;
        }

        return (TryParse($"{requestScheme}://{requestHost}", out var own) && SameOrigin(from, own))
            || allowedOrigins.Any(allowed => TryParse(allowed, out var other) && SameOrigin(from, other));
    }

    private static bool TryParse(string value, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")
            || parsed.AbsolutePath != "/" || parsed.Query.Length > 0 || parsed.UserInfo.Length > 0)
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
