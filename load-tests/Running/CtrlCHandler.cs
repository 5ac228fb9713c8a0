namespace Mooc.LoadTests.Running;

/// <summary>
/// The first Ctrl+C stops the run early but still lets it write its report; a second Ctrl+C is left to the
/// runtime and ends the process at once, for when something hangs.
/// </summary>
public sealed class CtrlCHandler : IDisposable
{
    private readonly CancellationTokenSource stop;
    private int presses;

    public CtrlCHandler(CancellationTokenSource stop)
    {
        this.stop = stop;
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    public bool Pressed => Volatile.Read(ref presses) > 0;

    public void Dispose() => Console.CancelKeyPress -= OnCancelKeyPress;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (Interlocked.Increment(ref presses) == 1)
        {
            e.Cancel = true;
            stop.Cancel();
        }
    }
}
