using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting;
using Mooc.LoadTests.Reporting.Comparison;
using Mooc.LoadTests.Reporting.Data;
using Mooc.UnitTests.LoadTests.Html;

namespace Mooc.UnitTests.LoadTests;

public sealed class ComparisonTableTests
{
    [Fact]
    public void TwoRuns_ShouldBeSideBySideWithTheirTopologyAndRatio()
    {
        var one = Run(label: "1 silo + 1 frontend", ackP99: 40, answersPerSecond: 100);
        var two = Run(label: null, ackP99: 20, answersPerSecond: 150) with
        {
            Processes = [new ProcessUsage("silo", 2, 80, 150, 400, 450), new ProcessUsage("frontend", 2, 60, 120, 300, 320)],
        };

        var markdown = ComparisonTable.Render(one, two, "a/report.json", "b/report.json");

        Assert.Contains("| Topology | 1 silo + 1 frontend | 2 silos + 2 frontends |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Answer ack p99 | 40.0 ms | 20.0 ms | 0.50× |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Answers/s mean | 100/s | 150/s | 1.50× |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Answer ack p95 | 30.0 ms | 30.0 ms | 1.00× |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Join p99 | — | — | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Lost answers | 0 | 0 | — |", markdown, StringComparison.Ordinal);
        Assert.Contains("| CPU silo avg | 61.5 % | 80.0 % |", markdown, StringComparison.Ordinal);
        Assert.Contains("| CPU frontend avg | — | 60.0 % | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenReports_ShouldCompareAfterAReadBack()
    {
        var read = JsonReport.Parse(JsonReport.Render(Run("x", 40, 100)))!;

        Assert.Equal("x", Topology.Of(read));
        Assert.Equal(30, read.Measures.Single(m => m.Name == MeasureNames.AnswerAck).Summary.P95Ms);
    }

    private static RunReport Run(string? label, double ackP99, double answersPerSecond)
    {
        var report = SyntheticRunReport.Exam(seconds: 60);
        return report with
        {
            Settings = report.Settings with { Label = label },
            Totals = report.Totals with { AnswersPerSecond = answersPerSecond },
            Measures = [new MeasureReport(MeasureNames.AnswerAck, new PercentileSummary(1000, 10, 5, 20, ackP99, 90, 120) { P95Ms = 30 })],
            Verification = report.Verification! with { Lost = 0, Duplicates = 0 },
        };
    }
}
