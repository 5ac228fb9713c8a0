using System.Globalization;
using Mooc.Infrastructure.Time;

namespace Mooc.WebFrontend.Formatting;

/// <summary>Dates and times as the agency writes them: Western Indonesian Time (WIB), Indonesian month names.</summary>
public static class IndonesianTime
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static DateTimeOffset ToWib(DateTimeOffset value) => Wib.From(value);

    /// <summary>"14.05 WIB".</summary>
    public static string Clock(DateTimeOffset value) => ToWib(value).ToString("HH.mm", Indonesian) + " WIB";

    /// <summary>"14.05.09,123 WIB": to the millisecond, for ordering what happened during an exam.</summary>
    public static string Precise(DateTimeOffset value) => ToWib(value).ToString("HH.mm.ss,fff", Indonesian) + " WIB";

    /// <summary>"29 November 2026".</summary>
    public static string Date(DateTimeOffset value) => ToWib(value).ToString("d MMMM yyyy", Indonesian);

    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", Indonesian);
}
