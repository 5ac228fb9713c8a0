using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// Runs the fault tests in a fixed order on their shared cluster, the PostgreSQL restart last: after it the projection
/// daemon may leave some projections stalled (known issue, docs/OPERATIONS.md), which the tests after it would
/// otherwise inherit through the cluster's /health (the load driver refuses an unhealthy target).
/// </summary>
public sealed class FaultOrder : ITestCaseOrderer
{
    public const string TypeName = "Mooc.IntegrationTests.Resilience.FaultOrder";
    public const string AssemblyName = "Mooc.IntegrationTests";

    private static readonly string[] Order =
    [
        nameof(ClusterFaultTests.FrontendKilledMidExam_ShouldLoseNothingAndEveryClientResumeOnTheOther),
        nameof(ClusterFaultTests.SiloRunningTheProjectionsKilledMidExam_ShouldLoseNothingAndEveryClientResume),
        nameof(ClusterFaultTests.PostgreSqlRestartedMidExam_ShouldLoseNothingAndEveryClientResume),
    ];

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => Array.IndexOf(Order, t.TestMethod.Method.Name) is var i and >= 0 ? i : int.MaxValue);
}
