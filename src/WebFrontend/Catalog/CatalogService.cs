using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.Catalog;

/// <summary>What pages need from the catalogue, over the Orleans client.</summary>
public sealed class CatalogService(IClusterClient cluster)
{
    public Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync() =>
        cluster.GetGrain<ICatalogQueryGrain>(0).ListPublishedCoursesAsync();
}
