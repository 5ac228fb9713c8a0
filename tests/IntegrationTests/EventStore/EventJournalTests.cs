using Microsoft.Extensions.Logging;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.EventStore;
using Mooc.Silo.Integrity;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.EventStore;

/// <summary>The journal seam on Marten: expected versions are enforced and a refused append stores nothing.</summary>
public sealed class EventJournalTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private IHost _host = null!;

    private IEventJournal Journal => _host.Services.GetRequiredService<IEventJournal>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEventStore(_db.ConnectionString);
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Append_ToNewStreamThenOnTop_ShouldReturnEachNewVersionAndReadBackInOrder()
    {
        Assert.Equal(2, (await Journal.AppendAsync("probe:a", 0, [new ProbeHappened("satu"), new ProbeHappened("dua")])).Version);
        Assert.Equal(3, (await Journal.AppendAsync("probe:a", 2, [new ProbeHappened("tiga")])).Version);

        var events = await Journal.ReadStreamAsync("probe:a");
        Assert.Equal(["satu", "dua", "tiga"], events.Select(e => ((ProbeHappened)e.Data).Text));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.All(events, e => Assert.True(e.Timestamp > DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public async Task Append_WithStaleExpectedVersion_ShouldBeRefusedAndChangeNothing()
    {
        await Journal.AppendAsync("probe:b", 0, [new ProbeHappened("satu"), new ProbeHappened("dua")]);

        var stale = await Assert.ThrowsAsync<StreamVersionConflictException>(() => Journal.AppendAsync("probe:b", 1, [new ProbeHappened("basi")]));
        Assert.Equal("probe:b", stale.StreamKey);
        await Assert.ThrowsAsync<StreamVersionConflictException>(() => Journal.AppendAsync("probe:b", 0, [new ProbeHappened("baru")]));
        await Assert.ThrowsAsync<StreamVersionConflictException>(() => Journal.AppendAsync("probe:b", 5, [new ProbeHappened("jauh")]));

        var events = await Journal.ReadStreamAsync("probe:b");
        Assert.Equal(["satu", "dua"], events.Select(e => ((ProbeHappened)e.Data).Text));
        Assert.Equal(2, await _db.ScalarAsync<long>("select count(*) from mooc.mt_events where stream_id = 'probe:b'"));
        Assert.Equal(2, await _db.ScalarAsync<long>("select version from mooc.mt_streams where id = 'probe:b'"));
    }

    [Fact]
    public async Task ConcurrentAppends_AtTheSameVersion_ShouldLetExactlyOneIn()
    {
        await Journal.AppendAsync("probe:c", 0, [new ProbeHappened("awal")]);

        var attempts = Enumerable.Range(0, 8)
            .Select(i => Task.Run(async () =>
            {
                try
                {
                    await Journal.AppendAsync("probe:c", 1, [new ProbeHappened($"penulis {i}")]);
                    return true;
                }
                catch (StreamVersionConflictException)
                {
                    return false;
                }
            }))
            .ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(2, (await Journal.ReadStreamAsync("probe:c")).Count);
    }

    [Fact]
    public async Task Appends_ShouldChainEveryEventToItsPredecessorWhetherOrNotTheWriterKnowsTheLastDigest()
    {
        var first = await Journal.AppendAsync("probe:d", 0, [new ProbeHappened("satu"), new ProbeHappened("dua")]);
        var second = await Journal.AppendAsync("probe:d", 2, [new ProbeHappened("tiga")], first.Digest);
        var third = await Journal.AppendAsync("probe:d", 3, [new ProbeHappened("empat")]);

        var events = await Journal.ReadStreamAsync("probe:d");
        Assert.Equal(new string?[] { EventChain.Genesis, events[0].Digest, events[1].Digest, events[2].Digest }, events.Select(e => e.PreviousDigest));
        Assert.Equal((first.Digest, second.Digest, third.Digest), (events[1].Digest, events[2].Digest, events[3].Digest));
        Assert.All(events, e => Assert.Equal("probe_happened", e.TypeName));
        Assert.Equal(new ChainVerdict(4, ChainBreak.None, null, null, third.Digest), EventChainVerifier.Verify("probe:d", events));
    }

    [Fact]
    public async Task ChangingOrDeletingAStoredEvent_ShouldBreakTheChainAtThatEvent()
    {
        await Journal.AppendAsync("probe:e", 0, [new ProbeHappened("satu"), new ProbeHappened("dua"), new ProbeHappened("tiga")]);
        await _db.ExecuteAsync("update mooc.mt_events set data = jsonb_set(data, '{Text}', '\"palsu\"') where stream_id = 'probe:e' and version = 2");

        var altered = EventChainVerifier.Verify("probe:e", await Journal.ReadStreamAsync("probe:e"));
        Assert.Equal((ChainBreak.ContentAltered, 2L, "probe_happened"), (altered.Break, altered.BrokenVersion, altered.BrokenEventType));

        await _db.ExecuteAsync("delete from mooc.mt_events where stream_id = 'probe:e' and version = 2");
        var deleted = EventChainVerifier.Verify("probe:e", await Journal.ReadStreamAsync("probe:e"));
        Assert.Equal((ChainBreak.EventMissing, 3L), (deleted.Break, deleted.BrokenVersion));
    }

    [Fact]
    public async Task ReadStream_OfUnknownStream_ShouldBeEmpty() =>
        Assert.Empty(await Journal.ReadStreamAsync("probe:tidak-ada"));
}
