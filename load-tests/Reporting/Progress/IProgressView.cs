namespace Mooc.LoadTests.Reporting.Progress;

/// <summary>Shows progress while the load runs, until <paramref name="stop"/> fires.</summary>
public interface IProgressView
{
    Task RunAsync(ProgressSampler sampler, CancellationToken stop);
}
