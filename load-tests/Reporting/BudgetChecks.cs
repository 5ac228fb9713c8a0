using System.Globalization;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Reporting.Data;

namespace Mooc.LoadTests.Reporting;

/// <summary>The budgets of the design brief (§7, one 2-core machine, system and driver together) against a run.</summary>
public static class BudgetChecks
{
    public static IReadOnlyList<BudgetCheck> Evaluate(RunReport report)
    {
        var timeline = report.Timeline;
        var ack = Measure(report, MeasureNames.AnswerAck);
        var drift = Measure(report, MeasureNames.DeadlineDrift);
        var deadline = Measure(report, MeasureNames.DeadlineSubmit);
        var lag = Measure(report, MeasureNames.ProjectionLag);
        var board = Measure(report, MeasureNames.BoardUpdate);
        var peakConnected = timeline.Count == 0 ? 0 : timeline.Max(p => p.ConnectedUsers);
        var peakAnswers = timeline.Count == 0 ? 0 : timeline.Max(p => p.Answers);
        var v = report.Verification;
        var offered = report.Settings.ThinkMs > 0 ? report.Settings.Users * 1000.0 / report.Settings.ThinkMs : double.PositiveInfinity;
        return
        [
            new("Examinees connected at once", "10,000", Format.Count(peakConnected), peakConnected >= 10_000 ? true : null,
                peakConnected >= 10_000 ? null : $"this run offered {Format.Count(report.Settings.Users)} examinees; the budget is not tested by it"),
            new("Durable answers per second", "2,000", $"peak {Format.Count(peakAnswers)}/s, mean {Format.Rate(report.Totals.AnswersPerSecond)}/s",
                peakAnswers >= 2_000 ? true : offered >= 2_000 ? false : null,
                peakAnswers >= 2_000 ? null : offered >= 2_000
                    ? $"offered about {Format.Count((long)Math.Min(offered, 1e9))}/s (users ÷ think time); the system acknowledged at most {Format.Count(peakAnswers)} in a second"
                    : $"the offered load (users ÷ think time, about {Format.Count((long)offered)}/s) stayed below the budget"),
            new("Answer acknowledgement p99", "≤ 100 ms", Ms(ack.P99Ms, ack.Count), ack.Count == 0 ? null : ack.P99Ms <= 100, AckSplit(report)),
            new("Remaining time shown vs the server's deadline (max)", "≤ 1 s", Ms(drift.MaxMs, drift.Count), drift.Count == 0 ? null : drift.MaxMs <= 1_000),
            new("Deadline submissions after the deadline (max)", "≤ 2 s", Ms(deadline.MaxMs, deadline.Count), deadline.Count == 0 ? null : deadline.MaxMs <= 2_000,
                deadline.Count == 0 ? "no attempt was left to the deadline in this run" : null),
            new("Read model caught up (p99)", "≤ 1 s", Ms(lag.P99Ms, lag.Count), lag.Count == 0 ? null : lag.P99Ms <= 1_000),
            new("Answer on the admins' live board (p99, issue 8)", "≤ 1 s", Ms(board.P99Ms, board.Count), board.Count == 0 ? null : board.P99Ms <= 1_000,
                board.Count == 0 ? "no admin watched the board in this run (--watch-board N)" : $"max {Ms(board.MaxMs, board.Count)}"),
            new("Acknowledged answers lost", "0", v is { Checked: true } ? Format.Count(v.Lost + v.FinalAnswerMismatches) : "not checked",
                v is { Checked: true } ? v.Lost + v.FinalAnswerMismatches == 0 : null, v is { Checked: false } ? v.NotCheckedReason : null),
            new("Answers stored twice", "0", v is { Checked: true } ? Format.Count(v.Duplicates) : "not checked", v is { Checked: true } ? v.Duplicates == 0 : null),
        ];
    }

    private static string? AckSplit(RunReport report)
    {
        var during = Measure(report, MeasureNames.AnswerAckDuringSignIns);
        var quiet = Measure(report, MeasureNames.AnswerAckQuiet);
        return during.Count == 0 || quiet.Count == 0
            ? null
            : $"while examinees were signing in: p99 {Ms(during.P99Ms, during.Count)}; with no sign-in running: p99 {Ms(quiet.P99Ms, quiet.Count)}";
    }

    private static PercentileSummary Measure(RunReport report, string name) =>
        report.Measures.FirstOrDefault(m => m.Name == name)?.Summary ?? PercentileSummary.Empty;

    private static string Ms(double ms, long count) =>
        count == 0 ? "no samples" : $"{ms.ToString("0.0", CultureInfo.InvariantCulture)} ms ({Format.Count(count)} samples)";
}
