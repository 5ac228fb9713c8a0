using Mooc.Grains.Abstractions.Operations;

namespace Mooc.UnitTests.Observability;

public sealed class ProjectionLagTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CaughtUp_ShouldLagNothing()
    {
        var status = new ProjectionStatus(42, Now.AddSeconds(-30), [new ProjectionState("A:All", 42, Now)], OldestWaitingEventAt: null);

        Assert.Equal(TimeSpan.Zero, status.LagAt(Now));
    }

    [Fact]
    public void Behind_ShouldLagSinceTheOldestWaitingEvent()
    {
        var status = new ProjectionStatus(50, Now.AddSeconds(-1),
            [new ProjectionState("A:All", 48, Now), new ProjectionState("B:All", 40, Now.AddSeconds(-5))], Now.AddSeconds(-3));

        Assert.Equal(10, status.LagEvents);
        Assert.Equal(TimeSpan.FromSeconds(3), status.LagAt(Now));
    }

    [Fact]
    public void WaitingEventStampedAfterNow_ShouldNotLagNegatively()
    {
        var status = new ProjectionStatus(50, Now, [new ProjectionState("A:All", 49, Now)], Now.AddMilliseconds(20));

        Assert.Equal(TimeSpan.Zero, status.LagAt(Now));
    }
}
