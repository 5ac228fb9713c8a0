using System.Net;

namespace Mooc.LoadTests.Measurement;

/// <summary>Names a failure so that equal causes are counted together.</summary>
public static class ErrorKind
{
    public static string OfStatus(HttpStatusCode status) => $"HTTP {(int)status} {status}";

    public static string Of(Exception exception) => exception switch
    {
        // SignalR's negotiate reports a bad status this way, e.g. 404 when the hub is not mapped.
        HttpRequestException { StatusCode: { } status } => $"{nameof(HttpRequestException)} (HTTP {(int)status})",
        HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http => $"{nameof(HttpRequestException)} ({http.HttpRequestError})",
        TaskCanceledException { InnerException: TimeoutException } => "Timeout",
        TimeoutException => "Timeout",
        _ => exception.GetType().Name,
    };
}
