namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>Reads the projected catalogue; a stateless worker, so frontends query read models without touching the database.</summary>
public interface ICatalogQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync(CatalogFilter filter);

    /// <summary>A published course, or null (also for drafts and withdrawn courses).</summary>
    Task<CourseDetail?> GetCourseAsync(string code);

    /// <summary>A course whatever its status, for learners already enrolled and for admins; null when unknown.</summary>
    Task<CourseDetail?> GetCourseAnyStatusAsync(string code);

    /// <summary>Every course, published or not, for the admin; search by code or title.</summary>
    Task<IReadOnlyList<CourseAdminRow>> ListAllCoursesAsync(string? search);

    /// <summary>The published body of one material, or null.</summary>
    Task<MaterialContent?> GetMaterialAsync(string code, string materialId);
}
