using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.Catalog;

namespace Mooc.UnitTests.Catalog;

public sealed class CourseStateTests
{
    private static readonly CourseDescription Paspor = new(
        "Pelayanan Paspor Berbasis Digital", "Alur penerbitan paspor.", CourseLevel.Basic, 20, true, "BPSDM");

    [Fact]
    public void FirstPublish_ShouldProduceCoursePublishedWithEveryField()
    {
        var events = new CourseState().DecidePublish("PLT-IMI-001", Paspor);

        var published = Assert.IsType<CoursePublished>(Assert.Single(events));
        Assert.Equal(new CoursePublished("PLT-IMI-001", Paspor.Title, Paspor.Summary, CourseLevel.Basic, 20, true, "BPSDM"), published);
    }

    [Fact]
    public void PublishingTheSameDescriptionAgain_ShouldProduceNothing()
    {
        var state = Rebuilt(new CoursePublished("PLT-IMI-001", Paspor.Title, Paspor.Summary, Paspor.Level, 20, true, "BPSDM"));

        Assert.Empty(state.DecidePublish("PLT-IMI-001", Paspor));
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void PublishingAChangedDescription_ShouldProduceARevisionAndApplyIt()
    {
        var state = Rebuilt(new CoursePublished("PLT-IMI-001", Paspor.Title, Paspor.Summary, Paspor.Level, 20, true, "BPSDM"));

        var revised = Assert.IsType<CourseDescriptionRevised>(Assert.Single(state.DecidePublish("PLT-IMI-001", Paspor with { LessonHours = 30 })));
        state.Apply(revised);

        Assert.Equal(30, state.Description!.LessonHours);
        Assert.Equal(2, state.Version);
    }

    [Theory]
    [InlineData("", "Judul", "Ringkasan", 20, "course code")]
    [InlineData("PLT 001", "Judul", "Ringkasan", 20, "course code")]
    [InlineData("PLT-001", " ", "Ringkasan", 20, "title")]
    [InlineData("PLT-001", "Judul", "", 20, "summary")]
    [InlineData("PLT-001", "Judul", "Ringkasan", 0, "JP")]
    [InlineData("PLT-001", "Judul", "Ringkasan", 1001, "JP")]
    public void InvalidDescription_ShouldBeRefusedNamingTheField(string code, string title, string summary, int hours, string named)
    {
        var state = new CourseState();

        var error = Assert.Throws<ArgumentException>(() => state.DecidePublish(code, new CourseDescription(title, summary, CourseLevel.Basic, hours, true, "BPSDM")));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, state.Version);
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
