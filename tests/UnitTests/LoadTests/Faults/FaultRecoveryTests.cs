using Mooc.LoadTests.Faults;
using Mooc.LoadTests.Measurement;

namespace Mooc.UnitTests.LoadTests.Faults;

public sealed class FaultRecoveryTests
{
    private static readonly FaultSpec KillFrontend = new("kill-frontend 1", ["kill-frontend", "1"], TimeSpan.FromSeconds(40));

    /// <summary>Ten answers a second, none from second 41 to 43, then back.</summary>
    private static readonly long[] Throughput = [.. Enumerable.Repeat(10L, 41), 0, 2, 4, 6, .. Enumerable.Repeat(10L, 20)];

    [Fact]
    public void ClientsThatFailedAfterTheStart_ShouldResumeWithTheirFirstSuccessAfterTheirLastFailure()
    {
        ClientEvent[] events =
        [
            new("a", 39.0, ClientEventKind.Failure),              // before the fault: not this fault's
            new("a", 39.5, ClientEventKind.Success, 0.01),
            new("b", 40.2, ClientEventKind.Failure),
            new("b", 41.0, ClientEventKind.Success),              // Join on the other frontend…
            new("b", 41.1, ClientEventKind.Failure),              // …a resend fails once more
            new("b", 43.0, ClientEventKind.Success, 3.5),         // resumed: 3 s after the fault, its answer waited 3.5 s
            new("c", 40.5, ClientEventKind.Failure),
            new("c", 42.0, ClientEventKind.Success, 1.8),
            new("c", 50.0, ClientEventKind.Success, 6.0),         // after c resumed: not counted as a wait of this fault
        ];

        var fault = FaultRecovery.Compute([Run(40, 40.1)], events, Throughput, [], 100).Single();

        Assert.Equal((2, 2), (fault.AffectedClients, fault.ResumedClients));
        Assert.Empty(fault.NotResumed);
        Assert.Equal(3.0, fault.AllResumedAfterSeconds);
        Assert.Equal(3.5, fault.LongestAckWaitSeconds);
    }

    [Fact]
    public void AClientWithNoSuccessAfterItsLastFailure_ShouldBeListedAsNotResumed()
    {
        ClientEvent[] events =
        [
            new("b", 40.2, ClientEventKind.Failure),
            new("b", 42.0, ClientEventKind.Success, 2.0),
            new("z", 41.0, ClientEventKind.Success),
            new("z", 45.0, ClientEventKind.Failure),
        ];

        var fault = FaultRecovery.Compute([Run(40, 40.1)], events, Throughput, [], 100).Single();

        Assert.Equal((2, 1), (fault.AffectedClients, fault.ResumedClients));
        Assert.Equal(["z"], fault.NotResumed);
        Assert.Null(fault.AllResumedAfterSeconds);
        Assert.Null(fault.RecoveredAtSecond);
    }

    [Fact]
    public void AFailureAfterTheNextFaultsStart_ShouldBelongToTheNextFault()
    {
        var second = new FaultSpec("restart-postgres", ["restart-postgres"], TimeSpan.FromSeconds(60));
        ClientEvent[] events =
        [
            new("a", 41.0, ClientEventKind.Failure),
            new("a", 42.0, ClientEventKind.Success),
            new("b", 61.0, ClientEventKind.Failure),
            new("b", 65.0, ClientEventKind.Success),
        ];

        var faults = FaultRecovery.Compute(
            [Run(40, 40.1), new FaultRun(second, "x", null, null, 60, 62, 0, string.Empty, null)], events, Throughput, [], 100);

        Assert.Equal((1, 2.0), (faults[0].AffectedClients, faults[0].AllResumedAfterSeconds));
        Assert.Equal((1, 5.0), (faults[1].AffectedClients, faults[1].AllResumedAfterSeconds));
    }

    [Fact]
    public void Throughput_ShouldCountFromTheFaultToTheFirstSecondBackAtHalfTheBaseline()
    {
        // Baseline: seconds 30–39 at 10/s; the dip starts at 41; second 44 has 6 ≥ 5.
        Assert.Equal(4.0, FaultRecovery.ThroughputRecoveredAfter(Throughput, 40, 40.1, out var baseline));
        Assert.Equal(10, baseline);
    }

    [Fact]
    public void ThroughputThatNeverFellBelowHalf_ShouldHaveRecoveredAtOnce()
    {
        long[] steady = [.. Enumerable.Repeat(10L, 40), 6, 7, .. Enumerable.Repeat(10L, 20)];

        Assert.Equal(0, FaultRecovery.ThroughputRecoveredAfter(steady, 40, 41, out _));
    }

    [Fact]
    public void ThroughputThatNeverCameBack_OrHadNoBaseline_ShouldHaveNoRecoveryTime()
    {
        long[] dead = [.. Enumerable.Repeat(10L, 40), .. Enumerable.Repeat(1L, 20)];

        Assert.Null(FaultRecovery.ThroughputRecoveredAfter(dead, 40, 41, out _));
        Assert.Null(FaultRecovery.ThroughputRecoveredAfter([0, 0, 0, 0], 2, 2, out _));
    }

    [Fact]
    public void ErrorsInsideAFaultsWindow_ShouldBeCountedApartFromTheOthers()
    {
        ClientEvent[] events = [new("b", 40.2, ClientEventKind.Failure), new("b", 43.0, ClientEventKind.Success, 2.8)];
        double[] errorTimes = [10, 40.2, 40.3, 43.5, 90];

        var faults = FaultRecovery.Compute([Run(40, 40.1)], events, Throughput, errorTimes, 100);

        // Window: 40 → max(all resumed at 43, answers/s back at 44) = 44.
        Assert.Equal(44.0, faults[0].RecoveredAtSecond);
        Assert.Equal(3, faults[0].ErrorsInWindow);
        Assert.Equal(2, FaultRecovery.ErrorsOutside(faults, errorTimes, errorTimes.Length));
    }

    [Fact]
    public void AFaultThatDidNotRun_ShouldReportNoClients()
    {
        var fault = FaultRecovery.Compute([new FaultRun(KillFrontend, "x", null, null, null, null, null, "not run", null)], [], Throughput, [50], 100).Single();

        Assert.Equal((0, null, 0L), (fault.AffectedClients, fault.ExitCode, fault.ErrorsInWindow));
        Assert.Equal(1, FaultRecovery.ErrorsOutside([fault], [50], 1));
    }

    private static FaultRun Run(double start, double end) =>
        new(KillFrontend, "bash mooc fault kill-frontend 1", DateTimeOffset.UnixEpoch.AddSeconds(start), DateTimeOffset.UnixEpoch.AddSeconds(end), start, end, 0, "ok", null);
}
