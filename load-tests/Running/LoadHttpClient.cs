using System.Net;
using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Running;

/// <summary>The one HttpClient all virtual users share; pooled connections behave like many browsers.</summary>
public static class LoadHttpClient
{
    public static HttpClient Create(bool allowRemote)
    {
        var sockets = new SocketsHttpHandler
        {
            // A redirect could point off this machine, and the home page must answer by itself anyway.
            AllowAutoRedirect = false,
            // Users are anonymous; a shared cookie jar would make them one user.
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        HttpMessageHandler handler = allowRemote ? sockets : new LoopbackOnlyHandler(sockets);
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }
}
