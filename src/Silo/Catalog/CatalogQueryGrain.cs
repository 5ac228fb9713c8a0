using Marten;
using Mooc.Grains.Abstractions.Catalog;
using Orleans.Concurrency;

namespace Mooc.Silo.Catalog;

[StatelessWorker]
public sealed class CatalogQueryGrain(IDocumentStore store) : Grain, ICatalogQueryGrain
{
    public async Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync(CatalogFilter filter)
    {
        await using var session = store.QuerySession();
        // The catalogue holds tens of trainings, not thousands: filter and sort in memory, with culture-aware matching.
        var entries = await session.Query<CourseCatalogEntry>().ToListAsync();
        var search = filter.Search?.Trim();
        return entries
            .Where(e => e.IsPublished)
            .Where(e => filter.Level is null || e.Description!.Level == filter.Level)
            .Where(e => string.IsNullOrEmpty(search) || Matches(e, search))
            .OrderBy(e => e.Description!.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(e => e.ToCard())
            .ToList();
    }

    public async Task<CourseDetail?> GetCourseAsync(string code)
    {
        await using var session = store.QuerySession();
        var entry = await session.LoadAsync<CourseCatalogEntry>(code);
        return entry is { IsPublished: true } ? entry.ToDetail() : null;
    }

    public async Task<CourseDetail?> GetCourseAnyStatusAsync(string code)
    {
        await using var session = store.QuerySession();
        var entry = await session.LoadAsync<CourseCatalogEntry>(code);
        return entry is { Exists: true } ? entry.ToDetail() : null;
    }

    public async Task<IReadOnlyList<CourseAdminRow>> ListAllCoursesAsync(string? search)
    {
        await using var session = store.QuerySession();
        var entries = await session.Query<CourseCatalogEntry>().ToListAsync();
        var text = search?.Trim();
        return entries
            .Where(e => e.Exists)
            .Where(e => string.IsNullOrEmpty(text) || Matches(e, text))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.ToAdminRow())
            .ToList();
    }

    public async Task<MaterialContent?> GetMaterialAsync(string code, string materialId)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<CourseMaterial>(CourseMaterial.IdFor(code, materialId)))?.Content;
    }

    private static bool Matches(CourseCatalogEntry entry, string search) =>
        entry.Description!.Title.Contains(search, StringComparison.CurrentCultureIgnoreCase)
        || entry.Description.Summary.Contains(search, StringComparison.CurrentCultureIgnoreCase)
        || entry.Id.Contains(search, StringComparison.OrdinalIgnoreCase);
}
