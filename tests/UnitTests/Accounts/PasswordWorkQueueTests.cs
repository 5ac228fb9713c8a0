using Microsoft.Extensions.Options;
using Mooc.Silo.Accounts;

namespace Mooc.UnitTests.Accounts;

/// <summary>The queue that keeps sign-in password hashing from starving running exams.</summary>
public sealed class PasswordWorkQueueTests
{
    [Fact]
    public async Task ManyChecksAtOnce_ShouldRunNoMoreThanTheConcurrencyTogether()
    {
        var queue = Queue(concurrency: 2, queueSeconds: 60);
        var running = 0;
        var most = 0;
        var checks = Enumerable.Range(0, 12).Select(_ => queue.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(20);
            Interlocked.Decrement(ref running);
            return true;
        }, refusable: true));

        var results = await Task.WhenAll(checks);

        Assert.All(results, r => Assert.True(r.Ran));
        Assert.InRange(most, 1, 2);
    }

    [Fact]
    public async Task ChecksWithinTheConcurrency_ShouldRunTogether()
    {
        var queue = Queue(concurrency: 2, queueSeconds: 60);
        using var both = new CountdownEvent(2);
        bool MeetTheOther()
        {
            both.Signal();
            return both.Wait(TimeSpan.FromSeconds(10));
        }

        var results = await Task.WhenAll(queue.RunAsync(MeetTheOther, refusable: true), queue.RunAsync(MeetTheOther, refusable: true));

        Assert.All(results, r => Assert.True(r.Ran && r.Result));
    }

    [Fact]
    public async Task WaitLongerThanTheLimit_ShouldRefuseARefusableCheckWithoutRunningIt()
    {
        var queue = Queue(concurrency: 1, queueSeconds: 0.05);
        using var release = new ManualResetEventSlim();
        var blockers = Enumerable.Range(0, 4).Select(_ => queue.RunAsync(() => release.Wait(TimeSpan.FromSeconds(10)), refusable: false)).ToList();
        await WaitUntilAsync(() => queue.Pending == 4);

        var ran = false;
        var refused = await queue.RunAsync(() => ran = true, refusable: true);

        Assert.False(refused.Ran);
        Assert.False(ran);
        release.Set();
        await Task.WhenAll(blockers);
        Assert.True((await queue.RunAsync(() => true, refusable: true)).Ran);
    }

    [Fact]
    public async Task NonRefusableCheck_ShouldWaitItsTurnHoweverLongTheQueue()
    {
        var queue = Queue(concurrency: 1, queueSeconds: 0);
        using var release = new ManualResetEventSlim();
        var blocker = queue.RunAsync(() => release.Wait(TimeSpan.FromSeconds(10)), refusable: false);
        await WaitUntilAsync(() => queue.Pending == 1);

        var registration = queue.RunAsync(() => "hash", refusable: false);
        release.Set();

        Assert.Equal((true, "hash"), await registration);
        await blocker;
    }

    [Fact]
    public void DefaultConcurrency_ShouldBeHalfTheCoresAndAtLeastOne() =>
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), Queue(concurrency: 0, queueSeconds: 10).Concurrency);

    private static PasswordWorkQueue Queue(int concurrency, double queueSeconds) =>
        new(Options.Create(new AccountOptions { PasswordHashConcurrency = concurrency, SignInQueueSeconds = queueSeconds }));

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
