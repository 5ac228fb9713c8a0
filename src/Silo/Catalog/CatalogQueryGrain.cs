using Marten;
using Mooc.Grains.Abstractions.Catalog;
using Orleans.Concurrency;

namespace Mooc.Silo.Catalog;

[StatelessWorker]
public sealed class CatalogQueryGrain(IDocumentStore store) : Grain, ICatalogQueryGrain
{
    public async Task<IReadOnlyList<CourseCard>> ListPublishedCoursesAsync()
    {
        await using var session = store.QuerySession();
        var entries = await session.Query<CourseCatalogEntry>().OrderBy(e => e.Title).ToListAsync();
        return entries.Select(e => e.ToCard()).ToList();
    }
}
