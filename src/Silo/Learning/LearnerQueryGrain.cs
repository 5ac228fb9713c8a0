using Marten;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.Catalog;
using Orleans.Concurrency;

namespace Mooc.Silo.Learning;

[StatelessWorker]
public sealed class LearnerQueryGrain(IDocumentStore store) : Grain, ILearnerQueryGrain
{
    public async Task<IReadOnlyList<LearnerTrainingRow>> ListTrainingsAsync(string username)
    {
        await using var session = store.QuerySession();
        var rows = await session.Query<LearnerTraining>().Where(r => r.Username == username).ToListAsync();
        if (rows.Count == 0)
        {
            return [];
        }

        var courses = await session.LoadManyAsync<CourseCatalogEntry>(rows.Select(r => r.CourseCode).ToArray());
        var byCode = courses.Where(c => c.IsPublished).ToDictionary(c => c.Id);
        return rows
            .Where(r => byCode.ContainsKey(r.CourseCode))
            .OrderByDescending(r => r.EnrolledAt)
            .Select(r => new LearnerTrainingRow(r.CourseCode, byCode[r.CourseCode].Description!.Title, byCode[r.CourseCode].Description!.LessonHours, r.EnrolledAt))
            .ToList();
    }
}
