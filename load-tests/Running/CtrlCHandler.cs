using System.Runtime.InteropServices;

namespace Mooc.LoadTests.Running;

/// <summary>
/// The first Ctrl+C (or SIGTERM, as a test harness or a CI step sends) stops the run early but still lets it write
/// its report; a second Ctrl+C is left to the runtime and ends the process at once, for when something hangs.
/// </summary>
public sealed class CtrlCHandler : IDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly PosixSignalRegistration? terminate;
    private int presses;

    public CtrlCHandler(CancellationTokenSource stop)
    {
        this.stop = stop;
        Console.CancelKeyPress += OnCancelKeyPress;
        if (!OperatingSystem.IsWindows())
        {
            terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
        }
    }

    public bool Pressed => Volatile.Read(ref presses) > 0;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        terminate?.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (Interlocked.Increment(ref presses) == 1)
        {
            e.Cancel = true;
            stop.Cancel();
        }
    }

    private void OnTerminate(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref presses) == 1)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
