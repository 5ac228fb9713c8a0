using System.Diagnostics;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios;

/// <summary>Sends one GET, timing it to the last byte of the body, and records the outcome.</summary>
public static class TimedHttp
{
    public static async Task GetAsync(ScenarioContext context, Uri url, string operation, TimingRecorder timing, CancellationToken stop)
    {
        var metrics = context.Metrics;
        var started = Stopwatch.GetTimestamp();
        try
        {
            // ResponseContentRead: a browser waits for the whole page, so the latency includes the body.
            using var response = await context.Http.GetAsync(url, HttpCompletionOption.ResponseContentRead, stop);
            metrics.HttpRequests.Increment();
            if (response.IsSuccessStatusCode)
            {
                timing.Record(Stopwatch.GetElapsedTime(started));
            }
            else
            {
                metrics.Errors.Record(operation, ErrorKind.OfStatus(response.StatusCode));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended mid-request: cut short, not failed.
        }
        catch (Exception exception)
        {
            metrics.HttpRequests.Increment();
            metrics.Errors.Record(operation, ErrorKind.Of(exception));
        }
    }
}
