using Microsoft.Extensions.Logging;

namespace Mooc.Infrastructure.Observability;

/// <summary>
/// The log scope of work on one exam attempt: every line written inside it carries <c>AttemptId</c> as a field
/// (a JSON log line lists it under <c>Scopes</c>), whatever its own message says.
/// </summary>
public static class AttemptLogScope
{
    public static IDisposable? Begin(ILogger logger, Guid attemptId) => logger.BeginScope("Attempt {AttemptId}", attemptId);
}
