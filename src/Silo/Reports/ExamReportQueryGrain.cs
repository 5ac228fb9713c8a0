using System.Globalization;
using Marten;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Reports;
using Mooc.Silo.Catalog;
using Mooc.Silo.Learning;
using Orleans.Concurrency;

namespace Mooc.Silo.Reports;

/// <summary>
/// The admin's exam results: graded attempts from the <see cref="ExamHistoryRow"/> read model, names, NIP and units
/// from the learners' account grains, titles from the catalogue.
/// </summary>
[StatelessWorker]
public sealed class ExamReportQueryGrain(IDocumentStore store, IGrainFactory grains) : Grain, IExamReportQueryGrain
{
    /// <summary>
    /// Account grains asked at once. Accounts are grain state, not a read model, so a report costs one grain call per
    /// distinct learner, and one storage read for each account not active yet (roughly 1–5 ms each): 10,000 learners
    /// take a few seconds. The bound keeps a big report from flooding the silo's scheduler and the storage pool while
    /// exams run; reports near the row limit should be narrowed (a training, a period) to stay within the call timeout.
    /// </summary>
    private const int ProfileParallelism = 16;

    private static readonly CompareInfo Names = CultureInfo.GetCultureInfo("id-ID").CompareInfo;

    public async Task<ExamReport> GetExamResultsAsync(ExamReportFilter filter)
    {
        var (history, truncated) = await ReadHistoryAsync(filter);
        if (filter.Scope == ExamReportScope.FinalPerLearner)
        {
            history = ExamReportSelection.FinalPerLearner(history, filter.Status);
        }

        var titles = await TitlesAsync(history.Select(r => r.CourseCode));
        var profiles = await ProfilesAsync(history.Select(r => r.Username));
        var rows = history
            .Select(r =>
            {
                // An account that no longer exists still has its results: shown under the username, without NIP or unit.
                var p = profiles.GetValueOrDefault(r.Username);
                return new ExamReportRow(
                    r.Username, p?.Nip ?? "", p?.FullName ?? r.Username, p?.Unit ?? "", r.CourseCode, titles.GetValueOrDefault(r.CourseCode, r.CourseCode),
                    r.AttemptNumber, r.SubmittedAt, r.Score, r.PassingGrade, r.Passed, r.CertificateNumber);
            })
            .OrderBy(r => r.CourseCode, StringComparer.Ordinal)
            .ThenBy(r => r.FullName, Names.GetStringComparer(CompareOptions.IgnoreCase))
            .ThenBy(r => r.Nip, StringComparer.Ordinal)
            .ThenBy(r => r.AttemptNumber)
            .ToList();
        return new ExamReport(rows, truncated);
    }

    private async Task<(List<ExamHistoryRow> Rows, bool Truncated)> ReadHistoryAsync(ExamReportFilter filter)
    {
        await using var session = store.QuerySession();
        IQueryable<ExamHistoryRow> query = session.Query<ExamHistoryRow>().Where(ExamHistoryRow.NotVoided);
        if (filter.CourseCode is { } code)
        {
            query = query.Where(r => r.CourseCode == code);
        }

        if (ExamReportPeriod.Start(filter) is { } start)
        {
            query = query.Where(r => r.SubmittedAt >= start);
        }

        if (ExamReportPeriod.End(filter) is { } end)
        {
            query = query.Where(r => r.SubmittedAt < end);
        }

        // With every attempt the status is a plain condition; a final result is known only after all of a learner's attempts are read.
        if (filter.Scope == ExamReportScope.AllAttempts && filter.Status != ExamReportStatus.All)
        {
            var passed = filter.Status == ExamReportStatus.Passed;
            query = query.Where(r => r.Passed == passed);
        }

        // One more than the limit tells whether it cut; the order keeps each learner's attempts together.
        var rows = await query.OrderBy(r => r.CourseCode).ThenBy(r => r.Username).ThenBy(r => r.AttemptNumber).Take(ExamReport.MaxRows + 1).ToListAsync();
        var truncated = rows.Count > ExamReport.MaxRows;
        return (truncated ? rows.Take(ExamReport.MaxRows).ToList() : rows.ToList(), truncated);
    }

    private async Task<Dictionary<string, string>> TitlesAsync(IEnumerable<string> codes)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return [];
        }

        await using var session = store.QuerySession();
        var courses = await session.LoadManyAsync<CourseCatalogEntry>(distinct);
        return courses.Where(c => c.Exists).ToDictionary(c => c.Id, c => c.Description!.Title, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, AccountProfile>> ProfilesAsync(IEnumerable<string> usernames)
    {
        // Awaited on this activation's scheduler (not Parallel.ForEachAsync on the thread pool), bounded by the gate.
        using var gate = new SemaphoreSlim(ProfileParallelism);
        var lookups = usernames.Distinct(StringComparer.Ordinal).Select(async username =>
        {
            await gate.WaitAsync();
            try
            {
                return (username, Profile: await grains.GetGrain<IAccountGrain>(username).GetProfileAsync());
            }
            finally
            {
                gate.Release();
            }
        });
        var found = await Task.WhenAll(lookups);
        return found.Where(f => f.Profile is not null).ToDictionary(f => f.username, f => f.Profile!, StringComparer.Ordinal);
    }
}
