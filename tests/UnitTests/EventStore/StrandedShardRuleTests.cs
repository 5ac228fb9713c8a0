using JasperFx;
using Mooc.Silo.EventStore.Daemon;

namespace Mooc.UnitTests.EventStore;

public sealed class StrandedShardRuleTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(9.9, false)]
    [InlineData(10, true)]
    [InlineData(600, true)]
    public void StoppedAgent_ShouldBeStrandedOnceItsFailureHasSettled(double secondsSince, bool stranded) =>
        Assert.Equal(stranded, StrandedShardRule.IsStranded(AgentStatus.Stopped, FailedAt, FailedAt.AddSeconds(secondsSince)));

    [Theory]
    [InlineData(5, false)]
    [InlineData(59, false)]
    [InlineData(60, true)]
    public void PausedAgent_ShouldBeLeftToTheCoordinatorForAMinute(double secondsSince, bool stranded) =>
        Assert.Equal(stranded, StrandedShardRule.IsStranded(AgentStatus.Paused, FailedAt, FailedAt.AddSeconds(secondsSince)));

    [Fact]
    public void RunningAgent_ShouldNeverBeStranded() =>
        Assert.False(StrandedShardRule.IsStranded(AgentStatus.Running, FailedAt, FailedAt.AddHours(1)));
}
