using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.Catalog;

namespace Mooc.UnitTests.Catalog;

/// <summary>Drafts, withdrawal and republication, the audit of who changed what, and the rules for editing materials.</summary>
public sealed class CourseStatusRulesTests
{
    private const string Code = "PLT-UJI-001";

    private static readonly ContentEditor Admin = new("admin", "Administrator MOOC");

    private static readonly CourseDescription Course = new(
        "Pelatihan Uji", "Ringkasan.", CourseLevel.Basic, 10, true, "BPSDM", "Deskripsi.", ["ASN aktif"],
        new InstructorProfile("Dra. Rina", "Widyaiswara", "Bio."),
        [new MaterialOutline("m01", "Bacaan", MaterialKind.Reading, 15), new MaterialOutline("m02", "Video", MaterialKind.Video, 5)],
        7, null);

    [Fact]
    public void NewCourseSavedAsDraft_ShouldBeDraftedNamingTheAdmin()
    {
        var state = new CourseState();

        var drafted = Assert.IsType<CourseDrafted>(Assert.Single(state.DecidePublish(Code, Course, Admin, asDraft: true)));
        state.Apply(drafted);

        Assert.Equal(("admin", "Administrator MOOC"), (drafted.AdminUsername, drafted.AdminName));
        Assert.Equal(CourseStatus.Draft, state.Status);
    }

    [Fact]
    public void RevisionByAnAdmin_ShouldNameTheAdminAndKeepTheStatus()
    {
        var state = Rebuilt(new CourseDrafted(Code, Course, "admin", "Administrator MOOC"));

        var revised = Assert.IsType<CourseDescriptionRevised>(Assert.Single(state.DecidePublish(Code, Course with { Title = "Baru" }, Admin, asDraft: false)));
        state.Apply(revised);

        Assert.Equal("admin", revised.AdminUsername);
        Assert.Equal(CourseStatus.Draft, state.Status);
    }

    [Fact]
    public void OldEventsWithoutAnAdmin_ShouldStillApplyAsPublished()
    {
        var state = Rebuilt(new CoursePublished(Code, Course));

        Assert.Equal(CourseStatus.Published, state.Status);
        Assert.Null(new CoursePublished(Code, Course).AdminUsername);
    }

    [Fact]
    public void Withdraw_ShouldNeedAReasonAndHappenOnce()
    {
        var state = Rebuilt(new CoursePublished(Code, Course));

        Assert.Contains("reason", Assert.Throws<ArgumentException>(() => state.DecideWithdraw(Code, Admin, "  ")).Message, StringComparison.Ordinal);
        var withdrawn = Assert.IsType<CourseWithdrawn>(Assert.Single(state.DecideWithdraw(Code, Admin, " Materi diperbarui ")));
        state.Apply(withdrawn);

        Assert.Equal(("admin", "Materi diperbarui"), (withdrawn.AdminUsername, withdrawn.Reason));
        Assert.Equal(CourseStatus.Withdrawn, state.Status);
        Assert.Empty(state.DecideWithdraw(Code, Admin, "lagi"));
    }

    [Fact]
    public void WithdrawOrRepublishAnUnknownCourse_ShouldBeRefused()
    {
        Assert.Throws<ArgumentException>(() => new CourseState().DecideWithdraw(Code, Admin, "alasan"));
        Assert.Throws<ArgumentException>(() => new CourseState().DecideRepublish(Code, Admin, "alasan"));
    }

    [Fact]
    public void RepublishADraftWithAMaterialWithoutContent_ShouldBeRefusedNamingIt()
    {
        var state = Rebuilt(
            new CourseDrafted(Code, Course, "admin", "Administrator MOOC"),
            new CourseMaterialPublished(Code, "m01", MaterialContent.Reading("# Bacaan")));

        var refused = Assert.Throws<ArgumentException>(() => state.DecideRepublish(Code, Admin, null));

        Assert.Contains("m02", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepublishAWithdrawnCourseWithAllContent_ShouldPublishItOnce()
    {
        var state = Rebuilt(
            new CoursePublished(Code, Course),
            new CourseMaterialPublished(Code, "m01", MaterialContent.Reading("# Bacaan")),
            new CourseMaterialPublished(Code, "m02", MaterialContent.Video("/media/unggahan/x.mp4", 60)),
            new CourseWithdrawn(Code, "admin", "Administrator MOOC", "Sementara"));

        var republished = Assert.IsType<CourseRepublished>(Assert.Single(state.DecideRepublish(Code, Admin, "Selesai diperbarui")));
        state.Apply(republished);

        Assert.Equal(CourseStatus.Published, state.Status);
        Assert.Empty(state.DecideRepublish(Code, Admin, null));
    }

    [Fact]
    public void RemovedMaterialId_ShouldNeverBeListedAgain()
    {
        var state = Rebuilt(new CoursePublished(Code, Course));
        state.Apply(Assert.Single(state.DecidePublish(Code, Course with { Materials = [Course.Materials[0]] }, Admin)));

        Assert.Equal(["m02"], state.RetiredMaterialIds);
        var back = Course with { Materials = [Course.Materials[0], new MaterialOutline("m02", "Lain", MaterialKind.Reading, 5)] };
        Assert.Contains("m02", Assert.Throws<ArgumentException>(() => state.DecidePublish(Code, back, Admin)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaterialWithContent_ShouldNotChangeKind()
    {
        var state = Rebuilt(new CoursePublished(Code, Course), new CourseMaterialPublished(Code, "m01", MaterialContent.Reading("# Bacaan")));
        var swapped = Course with { Materials = [Course.Materials[0] with { Kind = MaterialKind.Video }, Course.Materials[1] with { Kind = MaterialKind.Reading }] };

        var refused = Assert.Throws<ArgumentException>(() => state.DecidePublish(Code, swapped, Admin));

        Assert.Contains("m01", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("m02", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReorderAndRetitle_ShouldBeARevisionKeepingIds()
    {
        var state = Rebuilt(new CoursePublished(Code, Course), new CourseMaterialPublished(Code, "m01", MaterialContent.Reading("# Bacaan")));
        var reordered = Course with { Materials = [Course.Materials[1], Course.Materials[0] with { Title = "Bacaan baru", Minutes = 20 }] };

        var revised = Assert.IsType<CourseDescriptionRevised>(Assert.Single(state.DecidePublish(Code, reordered, Admin)));

        Assert.Equal(["m02", "m01"], revised.Description.Materials.Select(m => m.Id));
    }

    [Fact]
    public void MaterialBodyByAnAdmin_ShouldNameTheAdmin()
    {
        var state = Rebuilt(new CoursePublished(Code, Course));

        var published = Assert.IsType<CourseMaterialPublished>(Assert.Single(state.DecidePublishMaterial(Code, "m02", MaterialContent.Video("/media/unggahan/a.mp4", 90), Admin)));

        Assert.Equal(("admin", "Administrator MOOC"), (published.AdminUsername, published.AdminName));
    }

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
