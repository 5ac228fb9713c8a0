using System.Net;

namespace Mooc.LoadTests.Safety;

/// <summary>Decides whether a URL stays on this machine: 127.0.0.0/8, ::1 (also IPv4-mapped) or the name localhost.</summary>
public static class LoopbackHost
{
    public static bool IsLoopback(Uri url)
    {
        // RFC 6761 reserves "localhost" for loopback; other names could resolve anywhere, so they are refused.
        if (string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }
}
