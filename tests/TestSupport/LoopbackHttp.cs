using System.Net;
using System.Net.Sockets;

namespace Mooc.TestSupport;

/// <summary>
/// HTTP clients that connect from a chosen loopback address (127.0.0.x), so tests of per-address limits
/// each get their own client address. Cookies are kept; redirects are not followed, to assert them.
/// </summary>
public static class LoopbackHttp
{
    public static HttpClient Create(Uri baseUrl, string sourceAddress = "127.0.0.1", CookieContainer? cookies = null)
    {
        var source = IPAddress.Parse(sourceAddress);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = cookies ?? new CookieContainer(),
            UseCookies = true,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }
}
