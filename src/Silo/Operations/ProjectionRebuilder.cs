using JasperFx.Events.Daemon;
using Marten;

namespace Mooc.Silo.Operations;

/// <summary>Rebuilds every asynchronous projection from the first event: read models are thrown away and projected again.</summary>
public sealed class ProjectionRebuilder(IDocumentStore store, ILogger<ProjectionRebuilder> logger)
{
    public IReadOnlyList<string> ProjectionNames =>
        store.Options.Events.Projections().Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public async Task RebuildAllAsync(CancellationToken cancellationToken)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var name in ProjectionNames)
        {
            logger.LogInformation("Rebuilding projection {Projection}", name);
            await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(10), cancellationToken);
        }
    }
}
