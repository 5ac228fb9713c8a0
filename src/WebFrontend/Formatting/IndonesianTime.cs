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

    /// <summary>"Rabu, 2 Desember 2026".</summary>
    public static string LongDate(DateTimeOffset value) => ToWib(value).ToString("dddd, d MMMM yyyy", Indonesian);

    /// <summary>"09.00" (no zone: followed by a time that has it).</summary>
    public static string Hour(DateTimeOffset value) => ToWib(value).ToString("HH.mm", Indonesian);

    public static DateOnly Day(DateTimeOffset value) => Wib.Day(value);

    /// <summary>"2026-12-02T09:00" in WIB (with seconds when it has them, so posting it back changes nothing), for a datetime-local input.</summary>
    public static string InputValue(DateTimeOffset value) =>
        ToWib(value).ToString(value.Second == 0 && value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A datetime-local input's value ("2026-12-02T09:00", seconds optional) read as WIB; null when it is not one.</summary>
    public static DateTimeOffset? FromInput(string? value) =>
        DateTime.TryParseExact((value ?? "").Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Wib.FromLocal(local)
            : null;
}
