namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>A patient exam page's waits between tries of a failed call: 1 s, 2 s, 5 s, then every 5 s.</summary>
public static class RetryBackoff
{
    private static readonly TimeSpan[] Delays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <param name="failures">How many tries failed before this wait (0 for the first wait).</param>
    public static TimeSpan Delay(int failures) => Delays[Math.Clamp(failures, 0, Delays.Length - 1)];
}
