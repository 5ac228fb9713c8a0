using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Cli;

/// <summary>
/// Reads <c>--url</c>, which may be given several times and may hold several addresses separated by commas: the
/// frontends the examinees are spread over. Each must be an absolute http(s) base address on this machine (unless
/// --allow-remote); the same address twice is refused, as it would silently weight one frontend double.
/// </summary>
public static class UrlListReader
{
    public static string? TryRead(IReadOnlyList<string> raw, bool allowRemote, out IReadOnlyList<Uri> urls)
    {
        var read = new List<Uri>();
        urls = read;
        foreach (var part in raw.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var error = TryReadOne(part, allowRemote, out var url);
            if (error is not null)
            {
                return error;
            }

            if (read.Any(u => u.AbsoluteUri.TrimEnd('/') == url!.AbsoluteUri.TrimEnd('/')))
            {
                return $"--url '{part}' is given twice; each frontend once.";
            }

            read.Add(url!);
        }

        return read.Count == 0 ? "--url needs at least one address." : null;
    }

    private static string? TryReadOne(string raw, bool allowRemote, out Uri? url)
    {
        if (!Uri.TryCreate(raw, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
        {
            return $"--url '{raw}' is not an absolute http:// or https:// URL.";
        }

        if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return $"--url '{raw}' must be the site's base address, without a query or fragment.";
        }

        if (!allowRemote && !LoopbackHost.IsLoopback(url))
        {
            return $"--url host '{url.Host}' is not loopback (127.0.0.0/8, localhost, ::1). "
                + "This machine must not send load elsewhere; pass --allow-remote only if you own the target and mean it.";
        }

        return null;
    }
}
