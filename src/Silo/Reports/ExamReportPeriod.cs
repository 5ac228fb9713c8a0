using Mooc.Grains.Abstractions.Reports;

namespace Mooc.Silo.Reports;

/// <summary>The report's calendar days in WIB as instants: from the start of the first day to the start of the day after the last.</summary>
public static class ExamReportPeriod
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static DateTimeOffset? Start(ExamReportFilter filter) => filter.From is { } from ? StartOf(from) : null;

    public static DateTimeOffset? End(ExamReportFilter filter) => filter.To is { } to ? StartOf(to.AddDays(1)) : null;

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Wib.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
