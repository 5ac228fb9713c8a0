namespace Mooc.LoadTests.Measurement;

/// <summary>
/// How far the server's clock is from our estimate of it: |server − (local send time + round trip / 2)|.
/// A rehearsal of the exam-timer drift budget ("remaining time shown within 1 s of the server's").
/// </summary>
public static class ClockDrift
{
    /// <remarks>The server reports whole milliseconds, so up to 1 ms of the result is truncation, not drift.</remarks>
    public static long Micros(long serverUnixMs, DateTimeOffset localSend, TimeSpan roundTrip)
    {
        var sendMicros = (localSend.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMicrosecond;
        var estimatedServerMicros = sendMicros + (roundTrip.TotalMicroseconds / 2);
        return (long)Math.Round(Math.Abs((serverUnixMs * 1000.0) - estimatedServerMicros));
    }
}
