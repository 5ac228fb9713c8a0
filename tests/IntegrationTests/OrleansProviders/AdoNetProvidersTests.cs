using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;
using Orleans.Runtime;

namespace Mooc.IntegrationTests.OrleansProviders;

/// <summary>Orleans' ADO.NET clustering, grain storage and reminders on our own PostgreSQL schema.</summary>
public sealed class AdoNetProvidersTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task GrainState_WrittenThroughAdoNetStorage_ShouldSurviveSiloRestart()
    {
        var first = await InProcessSilo.StartAsync(_db);
        await first.Grains().GetGrain<IProbeStateGrain>("ujian-42").SetAsync("jawaban tersimpan");
        await first.StopAsync();
        first.Dispose();

        var rows = await _db.ScalarAsync<long>("select count(*) from orleans.orleansstorage where grainidextensionstring = 'ujian-42' and payloadbinary is not null");
        Assert.Equal(1, rows);

        using var second = await InProcessSilo.StartAsync(_db);
        Assert.Equal("jawaban tersimpan", await second.Grains().GetGrain<IProbeStateGrain>("ujian-42").GetAsync());
        await second.StopAsync();
    }

    [Fact]
    public async Task Reminder_RegisteredOnStoppedSilo_ShouldFireOnTheSiloThatStartedAfterIt()
    {
        var first = await InProcessSilo.StartAsync(_db);
        var scheduledOn = await first.Grains().GetGrain<IReminderProbeGrain>("tenggat").ScheduleAsync(TimeSpan.FromSeconds(25));
        Assert.Equal(1, await _db.ScalarAsync<long>("select count(*) from orleans.orleansreminderstable where remindername = 'probe'"));
        await first.StopAsync();
        first.Dispose();

        using var second = await InProcessSilo.StartAsync(_db);
        var firing = await Eventually.GetAsync(
            () => second.Grains().GetGrain<IReminderProbeGrain>("tenggat").GetFiringAsync(),
            f => f is not null, TimeSpan.FromSeconds(120), "the reminder firing");

        Assert.Equal(scheduledOn, firing!.ScheduledOn);
        Assert.NotEqual(scheduledOn, firing.FiredOn);
        await second.StopAsync();
    }

    [Fact]
    public async Task TwoSilos_ShouldFormOneClusterAndServeGrainsToAnExternalClient()
    {
        using var a = await InProcessSilo.StartAsync(_db);
        using var b = await InProcessSilo.StartAsync(_db);
        using var client = await TestClient.StartAsync(_db);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        var hosts = await Eventually.GetAsync(
            () => grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true),
            h => h.Count == 2, TimeSpan.FromSeconds(30), "both silos becoming active");
        Assert.Equal(2, hosts.Count);

        var silos = new HashSet<string>();
        for (var i = 0; i < 40; i++)
        {
            silos.Add(await grains.GetGrain<IWhereAmIGrain>(i).GetSiloAsync());
        }

        Assert.Equal(2, silos.Count);
        Assert.Equal(2, await _db.ScalarAsync<long>($"select count(*) from orleans.orleansmembershiptable where deploymentid = '{_db.Name}' and status = 3"));
        await client.StopAsync();
        await b.StopAsync();
        await a.StopAsync();
    }
}
