using Mooc.Infrastructure.Hosting;

namespace Mooc.Silo.Observability;

/// <summary>The <c>Operations</c> section of a silo: where its operations endpoint (dashboard, metrics, liveness) listens.</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>Loopback: the Orleans Dashboard has no authentication of its own.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary><c>http://address:port</c>; empty or <c>0</c> turns the endpoint (and the dashboard's per-call profiling) off.</summary>
    public string? Url { get; set; } = DefaultUrl;

    /// <summary>The endpoint's address, or null when it is off.</summary>
    public static Uri? ResolveUrl(IConfiguration configuration) =>
        Parse((configuration.GetSection(Section).Get<OperationsOptions>() ?? new OperationsOptions()).Url);

    public static Uri? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Trim() == "0")
        {
            return null;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp
            || uri.AbsolutePath != "/" || uri.Port is < 1 or > 65535 || !url.Contains($":{uri.Port}", StringComparison.Ordinal))
        {
            throw new StartupException(
                $"Operations:Url '{url}' is not an address like {DefaultUrl} (http, an address and a port; empty or 0 turns it off).");
        }

        return uri;
    }
}
