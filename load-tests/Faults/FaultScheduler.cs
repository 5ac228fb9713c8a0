using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Faults;

/// <summary>
/// Runs each --fault at its time after the load started (the first examinee's start), each on its own, so a slow
/// command does not delay the next. A fault whose time comes after the load was stopped is not run (and says so).
/// </summary>
public static class FaultScheduler
{
    public static async Task<IReadOnlyList<FaultRun>> RunAsync(
        IReadOnlyList<FaultSpec> faults, IReadOnlyList<string> command, RunMetrics metrics, CancellationToken stop)
    {
        if (faults.Count == 0)
        {
            return [];
        }

        TimeSpan loadStart;
        try
        {
            loadStart = await metrics.LoadStarted.WaitAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return [.. faults.Select(f => NotRun(f, command))];
        }

        return await Task.WhenAll(faults.Select(f => RunOneAsync(f, command, metrics, loadStart, stop)));
    }

    private static async Task<FaultRun> RunOneAsync(FaultSpec fault, IReadOnlyList<string> command, RunMetrics metrics, TimeSpan loadStart, CancellationToken stop)
    {
        var wait = loadStart + fault.At - metrics.Clock.Elapsed;
        try
        {
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, stop);
            }
        }
        catch (OperationCanceledException)
        {
            return NotRun(fault, command);
        }

        Console.WriteLine($"Fault at {fault.At.TotalSeconds:0.#} s: {string.Join(' ', command.Concat(fault.Arguments))}");
        var run = await FaultCommandRunner.RunAsync(fault, command, metrics.Clock);
        Console.WriteLine($"Fault '{fault.Spec}' ended with exit code {run.ExitCode} after {run.EndSecond - run.StartSecond:0.0} s");
        return run;
    }

    private static FaultRun NotRun(FaultSpec fault, IReadOnlyList<string> command) =>
        new(fault, string.Join(' ', command.Concat(fault.Arguments)), null, null, null, null, null, "not run: the load ended before its time", null);
}
