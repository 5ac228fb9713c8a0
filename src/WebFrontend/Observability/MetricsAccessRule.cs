using System.Net;

namespace Mooc.WebFrontend.Observability;

/// <summary>Who may read a frontend's <c>/metrics</c>: loopback callers, or anyone when remote scrapes are allowed.</summary>
public static class MetricsAccessRule
{
    public static bool Allows(IPAddress? caller, bool allowRemote)
    {
        if (allowRemote)
        {
            return true;
        }

        if (caller is null)
        {
            return false;
        }

        return IPAddress.IsLoopback(caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller);
    }
}
