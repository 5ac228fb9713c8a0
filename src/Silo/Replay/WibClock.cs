using System.Globalization;

namespace Mooc.Silo.Replay;

/// <summary>Times in the replay's descriptions as the agency reads them: Western Indonesian Time, seconds shown.</summary>
internal static class WibClock
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    /// <summary>"14.35.12 WIB".</summary>
    public static string Format(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Wib).ToString("HH.mm.ss", CultureInfo.InvariantCulture) + " WIB";
}
