using System.Globalization;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Reporting.Progress;

/// <summary>One line every 5 s, for logs where a redrawn table would be noise.</summary>
public sealed class PlainProgressView : IProgressView
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public async Task RunAsync(ProgressSampler sampler, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                Console.WriteLine(Line(sampler.Sample()));
            }
        }
        catch (OperationCanceledException)
        {
            // Run over; the summary follows.
        }
    }

    private static string Line(ProgressSnapshot p)
    {
        if (p.Measures.Any(m => m.Name == MeasureNames.AnswerAck))
        {
            return ExamLine(p);
        }

        var get = p[MeasureNames.HttpGet];
        var invoke = p[MeasureNames.HubInvoke];
        var drift = p[MeasureNames.ClockDrift];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{p.Elapsed.TotalSeconds,4:0}s/{p.Duration.TotalSeconds:0}s] users {p.ActiveUsers}/{p.Users}  req/s {Format.Rate(p.RequestsPerSecond)}  "
            + $"GET p50 {Format.Ms(get.P50Ms)} p99 {Format.Ms(get.P99Ms)} ms  invoke p50 {Format.Ms(invoke.P50Ms)} p99 {Format.Ms(invoke.P99Ms)} ms  "
            + $"drift p99 {Format.Ms(drift.P99Ms)} ms  errors {p.Errors}");
    }

    private static string ExamLine(ProgressSnapshot p)
    {
        var signIn = p[MeasureNames.SignIn];
        var ack = p[MeasureNames.AnswerAck];
        var drift = p[MeasureNames.RemainingDrift];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{p.Elapsed.TotalSeconds,4:0}s/{p.Duration.TotalSeconds:0}s] users {p.ActiveUsers}/{p.Users}  req/s {Format.Rate(p.RequestsPerSecond)}  "
            + $"sign-in p50 {Format.Ms(signIn.P50Ms)} ms  answers {Format.Count(ack.Count)}  ack p50 {Format.Ms(ack.P50Ms)} p99 {Format.Ms(ack.P99Ms)} ms  "
            + $"drift p99 {Format.Ms(drift.P99Ms)} ms  errors {p.Errors}");
    }
}
