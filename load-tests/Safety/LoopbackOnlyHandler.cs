namespace Mooc.LoadTests.Safety;

/// <summary>
/// Refuses any request that would leave this machine. The command line already checks --url; this catches
/// what the target itself could send us elsewhere, e.g. a SignalR negotiate response carrying a redirect URL.
/// </summary>
public sealed class LoopbackOnlyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is null || !LoopbackHost.IsLoopback(request.RequestUri))
        {
            throw new InvalidOperationException(
                $"Refused to send a request to non-loopback '{request.RequestUri}' (pass --allow-remote to permit it).");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
