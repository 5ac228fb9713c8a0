using Mooc.WebFrontend.Formatting;

namespace Mooc.UnitTests.Replay;

/// <summary>The replay's time column: Western Indonesian Time to the millisecond, as Indonesians write a clock.</summary>
public sealed class PreciseServerTimeTests
{
    [Fact]
    public void CommitTime_ShouldReadInWibWithMilliseconds()
    {
        var utc = new DateTimeOffset(2026, 12, 1, 7, 5, 9, 42, TimeSpan.Zero);

        Assert.Equal("14.05.09,042 WIB", IndonesianTime.Precise(utc));
    }
}
