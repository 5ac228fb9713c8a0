namespace Mooc.LoadTests.Certificates;

/// <summary>What <see cref="CertificateBenchmark"/> measured: font registration, the cold render, the warm phases.</summary>
public sealed record CertificateBenchmarkResult(double RegisterMs, double ColdMs, IReadOnlyList<RenderTimings> Phases)
{
    /// <summary>The budget is for warm renders: every phase's p99 under 100 ms.</summary>
    public bool BudgetMet => Phases.All(phase => phase.P99 < CertificateBenchmark.BudgetMs);
}
