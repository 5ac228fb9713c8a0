using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.Catalog;

namespace Mooc.UnitTests.Catalog;

public sealed class CourseStateTests
{
    private static readonly CourseDescription Paspor = new(
        "Pelayanan Paspor Berbasis Digital", "Alur penerbitan paspor.", CourseLevel.Basic, 20, true, "BPSDM",
        "Deskripsi.\n\nParagraf kedua.", ["ASN aktif"], new InstructorProfile("Dra. Rina", "Widyaiswara", "Bio."),
        [new MaterialOutline("m01", "Pengantar", MaterialKind.Reading, 15), new MaterialOutline("m02", "Video alur", MaterialKind.Video, 10)],
        14, null);

    [Fact]
    public void FirstPublish_ShouldProduceCoursePublishedWithTheDescription()
    {
        var events = new CourseState().DecidePublish("PLT-IMI-001", Paspor);

        var published = Assert.IsType<CoursePublished>(Assert.Single(events));
        Assert.Equal("PLT-IMI-001", published.Code);
        Assert.Same(Paspor, published.Description);
    }

    [Fact]
    public void PublishingAnEqualDescriptionAgain_ShouldProduceNothingEvenWithNewListInstances()
    {
        var state = Rebuilt(new CoursePublished("PLT-IMI-001", Paspor));
        var copy = Paspor with { Requirements = [.. Paspor.Requirements], Materials = [.. Paspor.Materials] };

        Assert.Empty(state.DecidePublish("PLT-IMI-001", copy));
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void PublishingAChangedMaterialList_ShouldProduceARevisionAndApplyIt()
    {
        var state = Rebuilt(new CoursePublished("PLT-IMI-001", Paspor));
        var changed = Paspor with { Materials = [.. Paspor.Materials, new MaterialOutline("m03", "Rangkuman", MaterialKind.Reading, 10)] };

        var revised = Assert.IsType<CourseDescriptionRevised>(Assert.Single(state.DecidePublish("PLT-IMI-001", changed)));
        state.Apply(revised);

        Assert.Equal(3, state.Description!.Materials.Count);
        Assert.Equal(2, state.Version);
    }

    [Theory]
    [InlineData("", "Judul", "Ringkasan", 20, 14, "course code")]
    [InlineData("PLT 001", "Judul", "Ringkasan", 20, 14, "course code")]
    [InlineData("PLT-001", " ", "Ringkasan", 20, 14, "title")]
    [InlineData("PLT-001", "Judul", "", 20, 14, "summary")]
    [InlineData("PLT-001", "Judul", "Ringkasan", 0, 14, "JP")]
    [InlineData("PLT-001", "Judul", "Ringkasan", 1001, 14, "JP")]
    [InlineData("PLT-001", "Judul", "Ringkasan", 20, 0, "duration")]
    public void InvalidDescription_ShouldBeRefusedNamingTheField(string code, string title, string summary, int hours, int days, string named)
    {
        var state = new CourseState();

        var error = Assert.Throws<ArgumentException>(() =>
            state.DecidePublish(code, Paspor with { Title = title, Summary = summary, LessonHours = hours, DurationDays = days }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, state.Version);
    }

    [Fact]
    public void DuplicateMaterialIds_ShouldBeRefused()
    {
        var twice = Paspor with { Materials = [Paspor.Materials[0], Paspor.Materials[0]] };

        var error = Assert.Throws<ArgumentException>(() => new CourseState().DecidePublish("PLT-001", twice));

        Assert.Contains("unique", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownLevel_ShouldBeRefused() =>
        Assert.Throws<ArgumentException>(() => new CourseState().DecidePublish("PLT-001", Paspor with { Level = (CourseLevel)9 }));

    [Fact]
    public void StreamKey_ShouldKeepCoursesApartFromOtherStreams() =>
        Assert.Equal("course:PLT-IMI-001", CourseState.StreamKey("PLT-IMI-001"));

    private static CourseState Rebuilt(params object[] events)
    {
        var state = new CourseState();
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return state;
    }
}
