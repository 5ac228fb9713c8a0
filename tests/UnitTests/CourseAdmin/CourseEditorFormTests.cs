using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.Catalog;
using Mooc.WebFrontend.CourseAdmin;

namespace Mooc.UnitTests.CourseAdmin;

public sealed class CourseEditorFormTests
{
    private static readonly ContentEditor Admin = new("admin", "Administrator");

    private static readonly CourseDescription Course = new(
        "Judul", "Ringkasan", CourseLevel.Basic, 10, true, "BPSDM", "Deskripsi", ["ASN"], new InstructorProfile("A", "B", "C"),
        [new MaterialOutline("m01", "Satu", MaterialKind.Reading, 10), new MaterialOutline("m02", "Dua", MaterialKind.Video, 5)], 7, "/media/unggahan/a.mp4");

    [Fact]
    public void NewRows_ShouldGetIdsPastEveryUsedAndRetiredIdInTheirOrder()
    {
        var form = CourseForm.From(Course);
        form.Materi[0].Hapus = true;
        form.Materi.Add(new MaterialRow { Judul = "Baru", Jenis = MaterialKind.Reading, Menit = 3, Urutan = 1 });
        form.Materi.Add(new MaterialRow());

        var d = form.ToDescription(Course.PreviewVideoPath, ["m01", "m02", "m07"]);

        Assert.Equal([("m08", "Baru"), ("m02", "Dua")], d.Materials.Select(m => (m.Id, m.Title)));
        Assert.Equal("/media/unggahan/a.mp4", d.PreviewVideoPath);
    }

    [Fact]
    public void RequirementsAndText_ShouldBeOneTrimmedLineEachWithoutBlankLines()
    {
        var form = CourseForm.From(Course);
        form.Persyaratan = " ASN aktif \r\n\r\nAkun MOOC\n";
        form.Deskripsi = "Satu\r\n\r\nDua ";
        form.HapusPratinjau = true;

        var d = form.ToDescription(Course.PreviewVideoPath, []);

        Assert.Equal(["ASN aktif", "Akun MOOC"], d.Requirements);
        Assert.Equal("Satu\n\nDua", d.Description);
        Assert.Null(d.PreviewVideoPath);
    }

    [Theory]
    [InlineData("PLT-IMI-004", true)]
    [InlineData("plt-imi-004", false)]
    [InlineData("PLT-IMI-04", false)]
    [InlineData("PLT_IMI_004", false)]
    public void NewCode_ShouldFollowThePattern(string code, bool valid) => Assert.Equal(valid, CourseForm.CodePattern().IsMatch(code));

    /// <summary>Every refusal the course grain can give the editor has its own Indonesian message, not the fallback.</summary>
    [Fact]
    public void EveryCourseRefusal_ShouldHaveItsIndonesianMessage()
    {
        var published = new CourseState();
        published.Apply(new CoursePublished("PLT-UJI-001", Course));
        published.Apply(new CourseMaterialPublished("PLT-UJI-001", "m01", MaterialContent.Reading("x")));
        published.Apply(new CourseDescriptionRevised("PLT-UJI-001", Course with { Materials = [Course.Materials[0]] }));
        var drafted = new CourseState();
        drafted.Apply(new CourseDrafted("PLT-UJI-001", Course, "admin", "Administrator"));
        var refusals = new List<Action>
        {
            () => new CourseState().DecidePublish("PLT 1", Course),
            () => new CourseState().DecidePublish("P", Course with { Title = "" }),
            () => new CourseState().DecidePublish("P", Course with { Summary = "" }),
            () => new CourseState().DecidePublish("P", Course with { Level = (CourseLevel)9 }),
            () => new CourseState().DecidePublish("P", Course with { LessonHours = 0 }),
            () => new CourseState().DecidePublish("P", Course with { Organiser = "" }),
            () => new CourseState().DecidePublish("P", Course with { Requirements = null! }),
            () => new CourseState().DecidePublish("P", Course with { DurationDays = 0 }),
            () => new CourseState().DecidePublish("P", Course with { PreviewVideoPath = "https://x" }),
            () => new CourseState().DecidePublish("P", Course with { Materials = [Course.Materials[0], Course.Materials[0]] }),
            () => new CourseState().DecidePublish("P", Course with { Materials = [Course.Materials[0] with { Minutes = 0 }] }),
            () => new CourseState().DecidePublish("P", Course with { Materials = [Course.Materials[0] with { Id = "m 1" }] }),
            () => published.DecidePublish("PLT-UJI-001", Course, Admin),
            () => published.DecidePublish("PLT-UJI-001", Course with { Materials = [Course.Materials[0] with { Kind = MaterialKind.Video }] }, Admin),
            () => new CourseState().DecideWithdraw("P", Admin, "x"),
            () => published.DecideWithdraw("PLT-UJI-001", Admin, ""),
            () => drafted.DecideRepublish("PLT-UJI-001", Admin, new string('x', 501)),
            () => drafted.DecideRepublish("PLT-UJI-001", Admin, ""),
            () => published.DecidePublishMaterial("PLT-UJI-001", "m09", MaterialContent.Reading("x")),
            () => published.DecidePublishMaterial("PLT-UJI-001", "m01", MaterialContent.Video("/v.mp4", 5)),
        };

        foreach (var refusal in refusals)
        {
            var (key, _) = CourseRefusal.Translate(Assert.ThrowsAny<ArgumentException>(refusal).Message);
            Assert.NotEqual("Perubahan ditolak; periksa kembali isian formulir.", key);
        }
    }
}
