using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Scenarios;

namespace Mooc.UnitTests.LoadTests;

public sealed class FrontendOptionsTests
{
    private static readonly string[] Base = ["ujian-massal", "--captcha", "UJI42", "--database", "Host=127.0.0.1"];

    [Fact]
    public void RepeatedUrl_ShouldGiveEveryFrontendInOrder()
    {
        var result = OptionsParser.Parse([.. Base, "--url", "http://127.0.0.1:5080", "--url", "http://127.0.0.1:5081/"]);

        Assert.Null(result.Error);
        Assert.Equal(["http://127.0.0.1:5080/", "http://127.0.0.1:5081/"], result.Options!.Urls.Select(u => u.ToString()));
        Assert.Equal(new Uri("http://127.0.0.1:5080"), result.Options.BaseUrl);
    }

    [Fact]
    public void CommaSeparatedUrls_ShouldBeSplit()
    {
        var result = OptionsParser.Parse([.. Base, "--url", "http://127.0.0.1:5080, http://localhost:5081", "--url=http://127.0.0.1:5082"]);

        Assert.Equal(3, result.Options!.Urls.Count);
        Assert.Equal("localhost", result.Options.Urls[1].Host);
    }

    [Fact]
    public void NoUrl_ShouldUseTheDefaultFrontendOnly()
    {
        Assert.Equal([new Uri("http://127.0.0.1:5080")], OptionsParser.Parse(Base).Options!.Urls);
    }

    [Theory]
    [InlineData("is given twice", "--url", "http://127.0.0.1:5080", "--url", "http://127.0.0.1:5080/")]
    [InlineData("is not loopback", "--url", "http://127.0.0.1:5080,http://example.com")]
    [InlineData("is not an absolute http", "--url", "http://127.0.0.1:5080,ftp://127.0.0.1")]
    public void BadUrlLists_ShouldBeRefusedWithAReason(string reason, params string[] args)
    {
        Assert.Contains(reason, OptionsParser.Parse([.. Base, .. args]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralUrls_ShouldBeRefusedForTheHomePageScenario()
    {
        var result = OptionsParser.Parse(["beranda", "--url", "http://127.0.0.1:5080,http://127.0.0.1:5081"]);

        Assert.Contains("ujian-massal only", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 2, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(2, 2, 0)]
    [InlineData(7, 3, 1)]
    [InlineData(5, 1, 0)]
    public void Examinees_ShouldBeSpreadRoundRobin(int user, int frontends, int expected)
    {
        Assert.Equal(expected, FrontendAssignment.For(user, frontends));
    }

    [Fact]
    public void Route_ShouldMoveOnOnceWhenTwoCallersSeeTheSameFrontendFail()
    {
        var frontends = new[] { 5080, 5081, 5082 }.Select(p => TargetUrls.From(new Uri($"http://127.0.0.1:{p}"))).ToList();
        var route = new FrontendRoute(frontends, userIndex: 4);

        Assert.Equal(1, route.Index);
        var failedOn = route.Index;
        route.MoveOn(failedOn);
        route.MoveOn(failedOn);

        Assert.Equal(2, route.Index);
        Assert.Equal(0, FrontendAssignment.Next(2, 3));
        Assert.Equal(new Uri("http://127.0.0.1:5082/hubs/ujian"), route.Current.ExamHub);
    }
}
