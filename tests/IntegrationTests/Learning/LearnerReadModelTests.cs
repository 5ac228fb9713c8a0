using System.Text.Json;
using Marten;
using Microsoft.Extensions.Logging;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.IntegrationTests.Support;
using Mooc.Silo.Catalog;
using Mooc.Silo.EventStore;
using Mooc.Silo.Learning;
using Mooc.Silo.News;
using Mooc.Silo.Operations;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Learning;

/// <summary>
/// Event sequences (enrol, complete materials, fail, retake, pass) through the real grains and journal, and the
/// read models of manual D, F and G they project to, row by row; then a rebuild from scratch gives the same rows.
/// </summary>
public sealed class LearnerReadModelTests : IAsyncLifetime
{
    private static readonly CourseDescription Course = new(
        "Etika Pelayanan Publik", "Etika dan standar pelayanan.", CourseLevel.Basic, 10, true, "BPSDM",
        "Deskripsi.", ["ASN aktif"], new InstructorProfile("Dr. Uji", "Widyaiswara", "Bio."),
        [new MaterialOutline("m01", "Pengantar", MaterialKind.Reading, 10), new MaterialOutline("m02", "Video standar", MaterialKind.Video, 1),
         new MaterialOutline("m03", "Rangkuman", MaterialKind.Reading, 10)],
        7, null);

    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db);
        await Grains.GetGrain<ICourseGrain>("ETK-001").PublishAsync(Course);
        await Grains.GetGrain<ICourseGrain>("ETK-002").PublishAsync(Course with { Title = "Etika Lanjutan" });
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    private IGrainFactory Grains => _silo.Grains();

    private ILearnerQueryGrain Query => Grains.GetGrain<ILearnerQueryGrain>(0);

    [Fact]
    public async Task EnrolCompleteFailRetakePass_ShouldGiveTheRowsOfEveryLearnerReadModel()
    {
        var ani = Grains.GetGrain<ILearnerGrain>("ani");
        await ani.EnrolAsync("ETK-001");
        await ani.EnrolAsync("ETK-002");
        Assert.Equal(MaterialCompletionOutcome.Completed, await ani.CompleteMaterialAsync("ETK-001", "m01"));
        Assert.Equal(MaterialCompletionOutcome.AlreadyCompleted, await ani.CompleteMaterialAsync("ETK-001", "m01"));
        Assert.Equal(MaterialCompletionOutcome.MaterialNotFound, await ani.CompleteMaterialAsync("ETK-001", "m99"));
        Assert.Equal(MaterialCompletionOutcome.NotEnrolled, await Grains.GetGrain<ILearnerGrain>("budi").CompleteMaterialAsync("ETK-001", "m01"));
        await ani.CompleteMaterialAsync("ETK-001", "m02");
        await ani.CompleteMaterialAsync("ETK-001", "m03");

        var first = await GradeAsync("ani", "ETK-001", attempt: 1, score: 55, passed: false, remaining: 1, minutesAgo: 60);
        Assert.Equal(TrainingStatus.Active, (await RowAsync("ani", "ETK-001")).Status);
        var second = await GradeAsync("ani", "ETK-001", attempt: 2, score: 85, passed: true, remaining: 0, minutesAgo: 10);

        var rows = await Eventually.GetAsync(() => Query.ListTrainingsAsync("ani"), r => r.Any(x => x.Status == TrainingStatus.Completed), TimeSpan.FromSeconds(30), "the completion");
        var etk1 = Assert.Single(rows, r => r.CourseCode == "ETK-001");
        Assert.Equal((3, 3, 100, TrainingStatus.Completed, (bool?)true, (int?)85), (etk1.CompletedMaterials, etk1.TotalMaterials, etk1.ProgressPercent, etk1.Status, etk1.Passed, etk1.Score));
        var etk2 = Assert.Single(rows, r => r.CourseCode == "ETK-002");
        Assert.Equal((0, 3, TrainingStatus.Active, (bool?)null), (etk2.CompletedMaterials, etk2.TotalMaterials, etk2.Status, etk2.Passed));

        Assert.Equal(new LearnerTotals(2, 1, 1), await Query.GetTotalsAsync("ani"));
        var history = await Eventually.GetAsync(() => Query.ListExamHistoryAsync("ani"), h => h.Count == 2, TimeSpan.FromSeconds(30), "both attempts in the history");
        Assert.Equal([second, first], history.Select(h => h.AttemptId));
        Assert.Equal([(2, 85, true), (1, 55, false)], history.Select(h => (h.AttemptNumber, h.Score, h.Passed)));
        Assert.All(history, h => Assert.Equal("Etika Pelayanan Publik", h.Title));
    }

    [Fact]
    public async Task FailWithNoAttemptLeft_ShouldCompleteTheTrainingAsNotPassed_AndALaterReportChangesNothing()
    {
        var budi = Grains.GetGrain<ILearnerGrain>("budi");
        await budi.EnrolAsync("ETK-001");

        await GradeAsync("budi", "ETK-001", attempt: 1, score: 40, passed: false, remaining: 0, minutesAgo: 5);
        await budi.RecordExamResultAsync(new ExamResult(Guid.NewGuid(), "ETK-001", 95, true, 0, null));

        var row = await Eventually.GetAsync(() => RowAsync("budi", "ETK-001"), r => r.Status == TrainingStatus.Completed, TimeSpan.FromSeconds(30), "the completion");
        Assert.Equal(((bool?)false, (int?)40), (row.Passed, row.Score));
        Assert.Equal(new LearnerTotals(1, 0, 1), await Query.GetTotalsAsync("budi"));
        Assert.Equal(1, await _db.ScalarAsync<long>("select count(*) from mooc.mt_events where stream_id = 'learner:budi' and type = 'training_completed'"));
    }

    [Fact]
    public async Task RebuildingEveryProjectionFromScratch_ShouldGiveIdenticalReadModels()
    {
        var cici = Grains.GetGrain<ILearnerGrain>("cici");
        await cici.EnrolAsync("ETK-001");
        await cici.EnrolAsync("ETK-002");
        await cici.CompleteMaterialAsync("ETK-002", "m02");
        await GradeAsync("cici", "ETK-001", attempt: 1, score: 70, passed: true, remaining: 1, minutesAgo: 3);
        await Eventually.GetAsync(() => Query.GetTotalsAsync("cici"), t => t.Completed == 1, TimeSpan.FromSeconds(30), "the projections catching up");
        await Eventually.GetAsync(() => Query.ListExamHistoryAsync("cici"), h => h.Count == 1, TimeSpan.FromSeconds(30), "the history");
        var before = await SnapshotAsync(_silo.Services.GetRequiredService<IDocumentStore>());
        await _silo.StopAsync();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEventStore(_db.ConnectionString, runDaemon: false);
        builder.Services.AddCatalog();
        builder.Services.AddLearning();
        builder.Services.AddNews();
        using var tool = builder.Build();
        await tool.StartAsync();
        await _db.ExecuteAsync("delete from mooc.mt_doc_learnertraining; delete from mooc.mt_doc_learnerdashboard; delete from mooc.mt_doc_examhistoryrow");
        await tool.Services.GetRequiredService<ProjectionRebuilder>().RebuildAllAsync(CancellationToken.None);
        var after = await SnapshotAsync(tool.Services.GetRequiredService<IDocumentStore>());
        await tool.StopAsync();

        Assert.True(before.Count >= 6, $"only {before.Count} documents");
        Assert.Equal(before, after);
        _silo = await InProcessSilo.StartAsync(_db);
    }

    private async Task<Guid> GradeAsync(string username, string code, int attempt, int score, bool passed, int remaining, int minutesAgo)
    {
        var id = Guid.NewGuid();
        var journal = _silo.Services.GetRequiredService<IEventJournal>();
        await journal.AppendAsync($"attempt:{id:N}", 0,
            [new ExamGraded(id, username, code, attempt, score, 70, passed, remaining, DateTimeOffset.UtcNow.AddMinutes(-minutesAgo))]);
        await Grains.GetGrain<ILearnerGrain>(username).RecordExamResultAsync(new ExamResult(id, code, score, passed, remaining, null));
        return id;
    }

    private async Task<LearnerTrainingRow> RowAsync(string username, string code) =>
        (await Eventually.GetAsync(() => Query.ListTrainingsAsync(username), r => r.Any(x => x.CourseCode == code), TimeSpan.FromSeconds(30), "the row"))
        .Single(r => r.CourseCode == code);

    /// <summary>Every read model document as JSON, keyed by type and id.</summary>
    private static async Task<SortedDictionary<string, string>> SnapshotAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add<T>(IEnumerable<T> docs, Func<T, string> id)
        {
            foreach (var doc in docs)
            {
                all[$"{typeof(T).Name}/{id(doc)}"] = JsonSerializer.Serialize(doc);
            }
        }

        Add(await session.Query<LearnerTraining>().ToListAsync(), d => d.Id);
        Add(await session.Query<LearnerDashboard>().ToListAsync(), d => d.Id);
        Add(await session.Query<ExamHistoryRow>().ToListAsync(), d => d.Id);
        Add(await session.Query<CourseCatalogEntry>().ToListAsync(), d => d.Id);
        return all;
    }
}
