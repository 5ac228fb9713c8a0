using Xunit.Abstractions;
using Xunit.Sdk;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// Runs the fault tests in a fixed order on their shared cluster, the PostgreSQL restart first: it once left projection
/// agents stopped for good (fixed by the silo's StrandedShardWatchdog), so the two runs after it, which start from the
/// cluster's /health and end by checking Riwayat Ujian, also prove the cluster whole after a restart of its database.
/// </summary>
public sealed class FaultOrder : ITestCaseOrderer
{
    public const string TypeName = "Mooc.IntegrationTests.Resilience.FaultOrder";
    public const string AssemblyName = "Mooc.IntegrationTests";

    private static readonly string[] Order =
    [
        nameof(ClusterFaultTests.PostgreSqlRestartedMidExam_ShouldLoseNothingAndEveryClientResume),
        nameof(ClusterFaultTests.FrontendKilledMidExamBehindNginx_ShouldLoseNothingAndEveryClientResumeOnTheOther),
        nameof(ClusterFaultTests.SiloRunningTheProjectionsKilledMidExam_ShouldLoseNothingAndEveryClientResume),
    ];

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases.OrderBy(t => Array.IndexOf(Order, t.TestMethod.Method.Name) is var i and >= 0 ? i : int.MaxValue);
}
