using System.Globalization;

namespace Mooc.LoadTests.Reporting;

/// <summary>Number formatting shared by the console and markdown outputs; invariant so reports read alike everywhere.</summary>
public static class Format
{
    public static string Ms(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Rate(double perSecond) => perSecond.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
}
