using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Orleans;

namespace Mooc.WebFrontend.Hosting;

/// <summary>Waits for a silo gateway at start-up (silos may start after frontends), then gives up with one clear message.</summary>
public sealed class GatewayRetryFilter(OrleansSettings settings, ILogger<GatewayRetryFilter> logger, TimeProvider time) : IClientConnectionRetryFilter
{
    private DateTimeOffset? _firstFailure;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_firstFailure is null)
        {
            _firstFailure = now;
            logger.LogWarning("No Orleans silo gateway of cluster '{ClusterId}' is reachable yet; waiting up to {Seconds} s", settings.ClusterId, settings.GatewayWaitSeconds);
        }

        if (now - _firstFailure > TimeSpan.FromSeconds(settings.GatewayWaitSeconds))
        {
            throw new StartupException(
                $"no silo of Orleans cluster '{settings.ClusterId}' could be reached within {settings.GatewayWaitSeconds} s " +
                $"({exception.GetType().Name}). Start a silo first (./mooc run starts both).");
        }

        await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
        return true;
    }
}
