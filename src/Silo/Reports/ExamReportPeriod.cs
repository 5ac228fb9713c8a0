using Mooc.Grains.Abstractions.Reports;
using Mooc.Infrastructure.Time;

namespace Mooc.Silo.Reports;

/// <summary>The report's calendar days in WIB as instants: from the start of the first day to the start of the day after the last.</summary>
public static class ExamReportPeriod
{
    public static DateTimeOffset? Start(ExamReportFilter filter) => filter.From is { } from ? Wib.StartOf(from) : null;

    public static DateTimeOffset? End(ExamReportFilter filter) => filter.To is { } to ? Wib.StartOf(to.AddDays(1)) : null;
}
