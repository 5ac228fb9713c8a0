using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.Catalog;

/// <summary>The Indonesian words for a difficulty level, as shown on cards.</summary>
public static class CourseLevelText
{
    public static string ToIndonesian(this CourseLevel level) => level switch
    {
        CourseLevel.Basic => "Dasar",
        CourseLevel.Intermediate => "Menengah",
        CourseLevel.Advanced => "Lanjutan",
        _ => level.ToString(),
    };
}
