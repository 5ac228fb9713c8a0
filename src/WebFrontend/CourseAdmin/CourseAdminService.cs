using System.Security.Claims;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.CourseAdmin;

/// <summary>The training editor's calls into the course grains; every refusal comes back as an Indonesian message and changes nothing.</summary>
public sealed class CourseAdminService(IClusterClient cluster, CatalogService catalog)
{
    public Task<IReadOnlyList<CourseAdminRow>> ListAsync(string? search) => catalog.ListAllCoursesAsync(search);

    public Task<CourseAdminView?> GetAsync(string code) =>
        CatalogService.IsPlausibleCode(code) ? Course(code).GetAdminViewAsync() : Task.FromResult<CourseAdminView?>(null);

    public Task<CourseAdminResult> SaveAsync(string code, CourseDescription description, ContentEditor editor, bool asDraft) =>
        RunAsync(() => Course(code).PublishAsync(description, editor, asDraft));

    public Task<CourseAdminResult> PublishMaterialAsync(string code, string materialId, MaterialContent content, ContentEditor editor) =>
        RunAsync(() => Course(code).PublishMaterialAsync(materialId, content, editor));

    public Task<CourseAdminResult> WithdrawAsync(string code, ContentEditor editor, string reason) =>
        RunAsync(() => Course(code).WithdrawAsync(editor, reason));

    public Task<CourseAdminResult> RepublishAsync(string code, ContentEditor editor, string reason) =>
        RunAsync(() => Course(code).RepublishAsync(editor, reason));

    public static ContentEditor EditorOf(ClaimsPrincipal user) =>
        new(user.Username(), user.FindFirst(MoocClaims.FullName)?.Value ?? user.Username());

    private ICourseGrain Course(string code) => cluster.GetGrain<ICourseGrain>(code);

    private static async Task<CourseAdminResult> RunAsync<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return CourseAdminResult.Ok;
        }
        catch (ArgumentException e)
        {
            var (key, argument) = CourseRefusal.Translate(e.Message);
            return CourseAdminResult.Refused(key, argument);
        }
    }
}
