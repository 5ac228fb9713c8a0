namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>Reads the projected catalogue; a stateless worker, so frontends query read models without touching the database.</summary>
public interface ICatalogQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync(CatalogFilter filter);

    Task<CourseDetail?> GetCourseAsync(string code);
}
