using System.Globalization;

namespace Mooc.Certificates.Layout;

/// <summary>Dates as printed on Indonesian documents, e.g. "1 Desember 2026".</summary>
internal static class IndonesianDate
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", Indonesian);
}
