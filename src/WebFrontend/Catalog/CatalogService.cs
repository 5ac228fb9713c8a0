using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.Catalog;

/// <summary>What pages need from the catalogue, over the Orleans client.</summary>
public sealed class CatalogService(IClusterClient cluster)
{
    public Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync(CatalogFilter filter) =>
        cluster.GetGrain<ICatalogQueryGrain>(0).ListPublishedCoursesAsync(filter);

    public Task<CourseDetail?> GetCourseAsync(string code) =>
        IsPlausibleCode(code) ? cluster.GetGrain<ICatalogQueryGrain>(0).GetCourseAsync(code) : Task.FromResult<CourseDetail?>(null);

    public static bool IsPlausibleCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 40 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
