namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>Reads the projected catalogue; a stateless worker, so frontends query read models without touching the database.</summary>
public interface ICatalogQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync(CatalogFilter filter);

    Task<CourseDetail?> GetCourseAsync(string code);

    /// <summary>The published body of one material, or null.</summary>
    Task<MaterialContent?> GetMaterialAsync(string code, string materialId);
}
