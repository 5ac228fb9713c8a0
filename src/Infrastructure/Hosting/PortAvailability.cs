using System.Net;
using System.Net.Sockets;

namespace Mooc.Infrastructure.Hosting;

/// <summary>Checks before start-up that the ports a process will listen on are free, so a clash is reported by name.</summary>
public static class PortAvailability
{
    public static void EnsureFree(IPAddress address, int port, string purpose)
    {
        if (port == 0)
        {
            return;
        }

        var listener = new TcpListener(address, port);
        try
        {
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, false);
            listener.Start();
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new StartupException(
                $"port {port} on {address} ({purpose}) is already in use by another process. " +
                "Stop that process or choose another port (see README, Configuration).");
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Checks each explicit <c>http(s)://host:port</c> of an ASP.NET Core URL list.</summary>
    public static void EnsureFree(string? urls, string purpose)
    {
        foreach (var url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                throw new StartupException($"'{url}' is not a valid listen address for {purpose}.");
            }

            var address = uri.Host == "localhost" ? IPAddress.Loopback
                : IPAddress.TryParse(uri.Host, out var parsed) ? parsed : IPAddress.Any;
            EnsureFree(address, uri.Port, purpose);
        }
    }
}
