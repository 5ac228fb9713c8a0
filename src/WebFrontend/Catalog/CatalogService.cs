using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.Catalog;

/// <summary>What pages need from the catalogue, over the Orleans client.</summary>
public sealed class CatalogService(IClusterClient cluster)
{
    private ICatalogQueryGrain Query => cluster.GetGrain<ICatalogQueryGrain>(0);

    public Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync(CatalogFilter filter) => Query.ListPublishedCoursesAsync(filter);

    public Task<CourseDetail?> GetCourseAsync(string code) =>
        IsPlausibleCode(code) ? Query.GetCourseAsync(code) : Task.FromResult<CourseDetail?>(null);

    /// <summary>A course whatever its status: for learners already enrolled, running exams and admins.</summary>
    public Task<CourseDetail?> GetCourseAnyStatusAsync(string code) =>
        IsPlausibleCode(code) ? Query.GetCourseAnyStatusAsync(code) : Task.FromResult<CourseDetail?>(null);

    public Task<IReadOnlyList<CourseAdminRow>> ListAllCoursesAsync(string? search) => Query.ListAllCoursesAsync(search);

    /// <summary>Trainings that can have exams running: published ones and withdrawn ones (their enrolled learners still sit them), not drafts.</summary>
    public async Task<IReadOnlyList<CourseAdminRow>> ListExamCoursesAsync() =>
        (await Query.ListAllCoursesAsync(null)).Where(c => c.Status != CourseStatus.Draft).ToList();

    public Task<MaterialContent?> GetMaterialAsync(string code, string materialId) =>
        IsPlausibleCode(code) && IsPlausibleCode(materialId) ? Query.GetMaterialAsync(code, materialId) : Task.FromResult<MaterialContent?>(null);

    public static bool IsPlausibleCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 40 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
