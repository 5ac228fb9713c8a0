using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Operations;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Catalog;

/// <summary>The vertical path: a grain appends, Marten's async daemon projects, the query grain reads the read model.</summary>
public sealed class CatalogProjectionTests : IAsyncLifetime
{
    private static readonly CourseDescription Description = new(
        "Manajemen Risiko Keimigrasian", "Identifikasi dan mitigasi risiko pada layanan keimigrasian.",
        CourseLevel.Intermediate, 16, true, "BPSDM Kementerian Imigrasi dan Pemasyarakatan",
        "Pelatihan ini membahas manajemen risiko.", ["ASN aktif"], new InstructorProfile("Dr. Uji", "Widyaiswara", "Bio."),
        [new MaterialOutline("m01", "Pengantar risiko", MaterialKind.Reading, 20)], 10, null);

    private TestDatabase _db = null!;
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _silo = await InProcessSilo.StartAsync(_db);
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task PublishedCourse_ShouldReachTheCatalogueReadModel()
    {
        var grains = _silo.Grains();
        Assert.Equal(PublishOutcome.Published, await grains.GetGrain<ICourseGrain>("PLT-UJI-001").PublishAsync(Description));

        var cards = await Eventually.GetAsync(
            () => grains.GetGrain<ICatalogQueryGrain>(0).ListPublishedCoursesAsync(CatalogFilter.All),
            c => c.Count == 1, TimeSpan.FromSeconds(30), "the course appearing in the catalogue");

        var card = Assert.Single(cards);
        Assert.Equal(("PLT-UJI-001", Description.Title, CourseLevel.Intermediate, 16, true),
            (card.Code, card.Title, card.Level, card.LessonHours, card.HasCertificate));
    }

    [Fact]
    public async Task RevisedCourse_ShouldUpdateItsCardAndPublishingTheSameAgainShouldAppendNothing()
    {
        var course = _silo.Grains().GetGrain<ICourseGrain>("PLT-UJI-002");
        await course.PublishAsync(Description);
        Assert.Equal(PublishOutcome.Unchanged, await course.PublishAsync(Description));
        Assert.Equal(PublishOutcome.Revised, await course.PublishAsync(Description with { LessonHours = 24 }));

        var cards = await Eventually.GetAsync(
            () => _silo.Grains().GetGrain<ICatalogQueryGrain>(0).ListPublishedCoursesAsync(CatalogFilter.All),
            c => c.Any(x => x.LessonHours == 24), TimeSpan.FromSeconds(30), "the revision reaching the catalogue");

        Assert.Single(cards);
        Assert.Equal(2, await _db.ScalarAsync<long>("select count(*) from mooc.mt_events where stream_id = 'course:PLT-UJI-002'"));
        var status = await Eventually.GetAsync(
            () => _silo.Grains().GetGrain<IProjectionStatusGrain>(0).GetStatusAsync(),
            s => s.LagEvents == 0, TimeSpan.FromSeconds(30), "the daemon catching up");
        Assert.Contains(status.Projections, p => p.Name.StartsWith("CourseCatalogEntry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidDescription_ShouldBeRefusedWithAClearMessageAndAppendNothing()
    {
        var course = _silo.Grains().GetGrain<ICourseGrain>("PLT-UJI-003");
        var error = await Assert.ThrowsAsync<ArgumentException>(() => course.PublishAsync(Description with { LessonHours = 0 }));
        Assert.Contains("JP", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _db.ScalarAsync<long>("select count(*) from mooc.mt_events where stream_id = 'course:PLT-UJI-003'"));
    }
}
