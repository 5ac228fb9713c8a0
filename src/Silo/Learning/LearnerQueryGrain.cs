using Marten;
using Mooc.Grains.Abstractions.Exams;
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
        var courses = await CoursesAsync(session, rows.Select(r => r.CourseCode));
        return rows
            .Where(r => courses.ContainsKey(r.CourseCode))
            .OrderByDescending(r => r.EnrolledAt)
            .Select(r =>
            {
                var d = courses[r.CourseCode].Description!;
                var completed = r.CompletedMaterialIds.Count(id => d.Materials.Any(m => m.Id == id));
                return new LearnerTrainingRow(r.CourseCode, d.Title, d.LessonHours, r.EnrolledAt, completed, d.Materials.Count, r.Status, r.Passed, r.Score, r.CompletedAt, r.CertificateNumber);
            })
            .ToList();
    }

    public async Task<LearnerTotals> GetTotalsAsync(string username)
    {
        await using var session = store.QuerySession();
        var totals = await session.LoadAsync<LearnerDashboard>(username);
        return totals is null ? LearnerTotals.None : new LearnerTotals(totals.Followed, totals.Active, totals.Completed);
    }

    public async Task<IReadOnlyList<ExamHistoryEntry>> ListExamHistoryAsync(string username)
    {
        await using var session = store.QuerySession();
        var rows = await session.Query<ExamHistoryRow>().Where(r => r.Username == username).Where(ExamHistoryRow.NotVoided).OrderByDescending(r => r.SubmittedAt).ToListAsync();
        var courses = await CoursesAsync(session, rows.Select(r => r.CourseCode));
        return rows
            .Select(r => new ExamHistoryEntry(
                Guid.ParseExact(r.Id, "N"), r.CourseCode, courses.TryGetValue(r.CourseCode, out var c) ? c.Description!.Title : r.CourseCode,
                r.SubmittedAt, r.Score, r.Passed, r.AttemptNumber, r.CertificateNumber))
            .ToList();
    }

    private static async Task<Dictionary<string, CourseCatalogEntry>> CoursesAsync(IQuerySession session, IEnumerable<string> codes)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return [];
        }

        var courses = await session.LoadManyAsync<CourseCatalogEntry>(distinct);
        // Withdrawn trainings stay in the lists of the learners who followed them.
        return courses.Where(c => c.Exists).ToDictionary(c => c.Id);
    }
}
