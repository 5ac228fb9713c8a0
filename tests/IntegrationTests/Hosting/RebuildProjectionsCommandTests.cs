using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Hosting;

/// <summary>The command that rebuilds every read model, run as operators run it.</summary>
public sealed class RebuildProjectionsCommandTests : IAsyncLifetime
{
    private ProductStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ProductStack.StartAsync();

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task Rebuild_ShouldRefuseWhileASiloRunsAndRebuildTheCatalogueOnceStopped()
    {
        await using (var refused = ProductProcess.Start("rebuild", RepoPaths.SiloDll, _stack.Environment(), "rebuild-projections"))
        {
            Assert.Equal(1, await refused.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains("silo(s) of cluster", refused.Output, StringComparison.Ordinal);
        }

        await _stack.Processes[0].StopAsync(TimeSpan.FromSeconds(30));
        await _stack.Database.ExecuteAsync("delete from mooc.mt_doc_coursecatalogentry");

        await using var rebuild = ProductProcess.Start("rebuild", RepoPaths.SiloDll, _stack.Environment(), "rebuild-projections");
        Assert.Equal(0, await rebuild.WaitForExitAsync(TimeSpan.FromSeconds(120)));
        Assert.Contains("Rebuilt ", rebuild.Output, StringComparison.Ordinal);
        Assert.Equal(6, await _stack.Database.ScalarAsync<long>("select count(*) from mooc.mt_doc_coursecatalogentry"));
    }
}
