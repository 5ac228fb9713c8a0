using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mooc.Grains.Abstractions.Operations;
using Mooc.WebFrontend.Health;

namespace Mooc.UnitTests.Health;

public sealed class ProjectionHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CaughtUp_ShouldBeHealthy()
    {
        var status = new ProjectionStatus(42, Now.AddHours(-3), [new ProjectionState("CourseCatalogEntry:All", 42, Now.AddHours(-3))]);

        Assert.Equal(HealthStatus.Healthy, ProjectionHealth.Evaluate(status, Now).Status);
        Assert.Equal(0, status.LagEvents);
    }

    [Fact]
    public void BehindButMoving_ShouldBeHealthyAndSayHowFarBehind()
    {
        var status = new ProjectionStatus(50, Now, [new ProjectionState("CourseCatalogEntry:All", 40, Now.AddSeconds(-2))]);

        var result = ProjectionHealth.Evaluate(status, Now);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("10 event(s) behind", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void BehindWithNoProgressForLongerThanTheStallWindow_ShouldBeUnhealthy()
    {
        var status = new ProjectionStatus(50, Now.AddMinutes(-5), [new ProjectionState("CourseCatalogEntry:All", 40, Now.AddMinutes(-5))]);

        Assert.Equal(HealthStatus.Unhealthy, ProjectionHealth.Evaluate(status, Now).Status);
    }

    [Fact]
    public void EventsButNoProjectionEverRan_ShouldTurnUnhealthyOnlyAfterTheStallWindow()
    {
        Assert.Equal(HealthStatus.Healthy, ProjectionHealth.Evaluate(new ProjectionStatus(3, Now.AddSeconds(-5), []), Now).Status);
        Assert.Equal(HealthStatus.Unhealthy, ProjectionHealth.Evaluate(new ProjectionStatus(3, Now.AddMinutes(-2), []), Now).Status);
    }

    [Fact]
    public void LagEvents_ShouldFollowTheSlowestProjection()
    {
        var status = new ProjectionStatus(100, Now, [new ProjectionState("A:All", 100, Now), new ProjectionState("B:All", 70, Now)]);

        Assert.Equal(30, status.LagEvents);
    }
}
