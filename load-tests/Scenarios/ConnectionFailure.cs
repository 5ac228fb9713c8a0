using System.Net.Sockets;

namespace Mooc.LoadTests.Scenarios;

/// <summary>Whether a failure means the frontend itself is gone (refused or cut connection), so a load balancer would send the request elsewhere.</summary>
public static class ConnectionFailure
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded }
                or SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.ConnectionReset })
            {
                return true;
            }
        }

        return false;
    }
}
