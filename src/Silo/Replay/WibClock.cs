using System.Globalization;
using Mooc.Infrastructure.Time;

namespace Mooc.Silo.Replay;

/// <summary>Times in the replay's descriptions as the agency reads them: Western Indonesian Time, seconds shown.</summary>
internal static class WibClock
{
    /// <summary>"14.35.12 WIB".</summary>
    public static string Format(DateTimeOffset value) =>
        Wib.From(value).ToString("HH.mm.ss", CultureInfo.InvariantCulture) + " WIB";
}
