using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.DemoContent;

/// <summary>
/// Publishes the demo trainings through their grains at start-up when <c>Mooc:SeedDemoContent</c> is true.
/// Publishing is idempotent, so every silo may run it and restarts add nothing twice.
/// </summary>
public sealed class DemoContentSeeder(IGrainFactory grains, ILogger<DemoContentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        foreach (var (code, description) in DemoCourses.All)
        {
            var outcome = await grains.GetGrain<ICourseGrain>(code).PublishAsync(description);
            published += outcome == PublishOutcome.Unchanged ? 0 : 1;
        }

        logger.LogInformation("Demo content: {Changed} of {Total} trainings published or revised", published, DemoCourses.All.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
