using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;
using Mooc.Silo.News;
using Mooc.WebFrontend.News;

namespace Mooc.UnitTests.News;

public sealed class NewsStateTests
{
    private const string Slug = "jadwal-ujian-2026";
    private static readonly ContentEditor Admin = new("admin", "Administrator MOOC");
    private static readonly NewsArticleDraft Draft = new("Jadwal Ujian", "Ringkasan.", "Paragraf **satu**.\n\nParagraf dua.", "Pengumuman", new DateOnly(2026, 11, 2));

    [Theory]
    [InlineData("jadwal-ujian-2026", true)]
    [InlineData("a", true)]
    [InlineData("Jadwal", false)]
    [InlineData("-jadwal", false)]
    [InlineData("jadwal-", false)]
    [InlineData("jadwal--ujian", false)]
    [InlineData("jadwal ujian", false)]
    [InlineData("", false)]
    public void Slug_ShouldFollowTheRule(string slug, bool valid)
    {
        Assert.Equal(valid, NewsState.IsValidSlug(slug));
        Assert.Equal(valid, NewsAdminService.IsPlausibleSlug(slug));
    }

    [Theory]
    [InlineData("Jadwal Ujian Akhir — Desember 2026!", "jadwal-ujian-akhir-desember-2026")]
    [InlineData("  Pelatihan Ke-2: Pemasyarakatan ", "pelatihan-ke-2-pemasyarakatan")]
    [InlineData("Café résumé", "cafe-resume")]
    public void SlugFromTitle_ShouldBeAValidSlug(string title, string slug)
    {
        Assert.Equal(slug, NewsSlug.FromTitle(title));
        Assert.True(NewsState.IsValidSlug(NewsSlug.FromTitle(title)));
    }

    [Fact]
    public void AdminCreate_ShouldNameTheAdminAndRefuseATakenSlug()
    {
        var state = new NewsState();
        var published = Assert.IsType<NewsPublished>(Assert.Single(state.DecidePublish(Slug, Draft, Admin, create: true)));
        state.Apply(published);

        Assert.Equal("admin", published.AdminUsername);
        Assert.Equal("slug", Assert.Throws<NewsRefusedException>(() => state.DecidePublish(Slug, Draft, Admin, create: true)).Field);
        Assert.IsType<NewsRevised>(Assert.Single(state.DecidePublish(Slug, Draft with { Title = "Baru" }, Admin)));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("body")]
    [InlineData("category")]
    public void MissingField_ShouldBeRefusedNamingIt(string field)
    {
        var draft = field switch
        {
            "title" => Draft with { Title = "" },
            "summary" => Draft with { Summary = new string('x', 601) },
            "body" => Draft with { Body = " " },
            _ => Draft with { Category = "" },
        };

        Assert.Equal(field, Assert.Throws<NewsRefusedException>(() => new NewsState().DecidePublish(Slug, draft, Admin)).Field);
    }

    [Fact]
    public void WithdrawAndRepublish_ShouldEachHappenOnce()
    {
        var state = new NewsState();
        state.Apply(new NewsPublished(Slug, Draft));

        var withdrawn = Assert.IsType<NewsWithdrawn>(Assert.Single(state.DecideWithdraw(Slug, Admin)));
        state.Apply(withdrawn);
        Assert.True(state.Withdrawn);
        Assert.Empty(state.DecideWithdraw(Slug, Admin));

        state.Apply(Assert.IsType<NewsRepublished>(Assert.Single(state.DecideRepublish(Slug, Admin))));
        Assert.False(state.Withdrawn);
        Assert.Empty(state.DecideRepublish(Slug, Admin));
    }

    [Fact]
    public void SeederAfterAnAdminTouchedTheItem_ShouldChangeNothing()
    {
        var state = new NewsState();
        state.Apply(new NewsPublished(Slug, Draft));
        Assert.NotEmpty(state.DecidePublish(Slug, Draft with { Title = "Versi seeder baru" }));

        state.Apply(new NewsWithdrawn(Slug, "admin", "Administrator MOOC"));

        Assert.Empty(state.DecidePublish(Slug, Draft with { Title = "Versi seeder baru" }));
        Assert.True(state.Withdrawn);
    }

    [Fact]
    public void WithdrawingAnUnknownItem_ShouldBeRefused()
    {
        Assert.Throws<NewsRefusedException>(() => new NewsState().DecideWithdraw(Slug, Admin));
    }
}
