using System.Diagnostics;
using Mooc.Certificates;

namespace Mooc.LoadTests.Certificates;

/// <summary>
/// Renders certificates in process and times each one: the first (cold) render, then, after a warm-up, a
/// single-threaded phase and a phase with parallel workers over the same distinct contents.
/// </summary>
public sealed class CertificateBenchmark(string fontFolder, int count)
{
    public const double BudgetMs = 100;
    private const int WarmUp = 50;

    public CertificateBenchmarkResult Run()
    {
        var started = Stopwatch.GetTimestamp();
        var renderer = new CertificatePdfRenderer(fontFolder);
        var registerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        started = Stopwatch.GetTimestamp();
        renderer.Render(BenchmarkCertificates.Sample());
        var coldMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        for (var i = 0; i < WarmUp; i++)
        {
            renderer.Render(BenchmarkCertificates.Varied(count + i));
        }

        var contents = Enumerable.Range(0, count).Select(BenchmarkCertificates.Varied).ToArray();
        return new CertificateBenchmarkResult(registerMs, coldMs,
        [
            Phase(renderer, contents, workers: 1),
            Phase(renderer, contents, workers: 2),
        ]);
    }

    private static RenderTimings Phase(CertificatePdfRenderer renderer, CertificateContent[] contents, int workers)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var times = new double[contents.Length];
        var bytes = new long[contents.Length];
        var started = Stopwatch.GetTimestamp();
        var threads = Enumerable.Range(0, workers).Select(worker => new Thread(() =>
        {
            // Worker w takes every w-th certificate, so both workers meet the same mix of short and long titles.
            for (var i = worker; i < contents.Length; i += workers)
            {
                var one = Stopwatch.GetTimestamp();
                bytes[i] = renderer.Render(contents[i]).Length;
                times[i] = Stopwatch.GetElapsedTime(one).TotalMilliseconds;
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        var wall = Stopwatch.GetElapsedTime(started);
        var phase = workers == 1 ? "1 worker" : $"{workers} workers";
        return RenderTimings.From(phase, workers, times, wall, bytes.Sum());
    }
}
