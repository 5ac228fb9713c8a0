namespace Mooc.Infrastructure.Time;

/// <summary>Western Indonesian Time (Asia/Jakarta), the agency's clock for every date and time a person reads.</summary>
public static class Wib
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static DateTimeOffset From(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    /// <summary>The calendar day in WIB.</summary>
    public static DateOnly Day(DateTimeOffset value) => DateOnly.FromDateTime(From(value).DateTime);

    /// <summary>The instant a WIB wall-clock time (as typed in a form) denotes, in UTC.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The instant a WIB calendar day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
