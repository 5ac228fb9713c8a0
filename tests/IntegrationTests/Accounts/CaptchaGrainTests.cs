using Mooc.Grains.Abstractions.Accounts;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Accounts;

/// <summary>The challenge lifecycle on a real silo: one answer per challenge, forgiving about case and spaces, gone after its lifetime.</summary>
public sealed class CaptchaGrainTests : IAsyncLifetime
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

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
    public async Task IssuedChallenge_ShouldShowItsCodeUntilAnswered()
    {
        var captcha = await IssueAsync("HK7MX", FiveMinutes);

        Assert.Equal("HK7MX", await captcha.GetCodeAsync());
        Assert.True(await captcha.VerifyAsync("HK7MX"));
        Assert.Null(await captcha.GetCodeAsync());
    }

    [Fact]
    public async Task RightAnswerGivenTwice_ShouldPassOnlyOnce()
    {
        var captcha = await IssueAsync("HK7MX", FiveMinutes);

        Assert.True(await captcha.VerifyAsync("HK7MX"));
        Assert.False(await captcha.VerifyAsync("HK7MX"));
    }

    [Fact]
    public async Task WrongAnswer_ShouldEndTheChallengeSoTheRightOneFailsAfterwards()
    {
        var captcha = await IssueAsync("HK7MX", FiveMinutes);

        Assert.False(await captcha.VerifyAsync("HK7MY"));
        Assert.False(await captcha.VerifyAsync("HK7MX"));
    }

    [Theory]
    [InlineData("hk7mx")]
    [InlineData("  Hk7Mx \t")]
    public async Task AnswerInOtherCaseOrWithSpaces_ShouldPass(string answer)
    {
        var captcha = await IssueAsync("HK7MX", FiveMinutes);

        Assert.True(await captcha.VerifyAsync(answer));
    }

    [Fact]
    public async Task ExpiredChallenge_ShouldShowNothingAndRefuseTheRightAnswer()
    {
        var captcha = await IssueAsync("HK7MX", TimeSpan.FromSeconds(1));

        // A real wait: the silo runs on the system clock, and the expiry is what this test is about.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Null(await captcha.GetCodeAsync());
        Assert.False(await captcha.VerifyAsync("HK7MX"));
    }

    [Fact]
    public async Task NeverIssuedChallenge_ShouldShowNothingAndRefuseAnswers()
    {
        var captcha = _silo.Grains().GetGrain<ICaptchaGrain>(Guid.NewGuid());

        Assert.Null(await captcha.GetCodeAsync());
        Assert.False(await captcha.VerifyAsync(""));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("THIRTEENCHARS")]
    public async Task EmptyOrTooLongCode_ShouldBeRefused(string code) =>
        await Assert.ThrowsAsync<ArgumentException>(() => _silo.Grains().GetGrain<ICaptchaGrain>(Guid.NewGuid()).IssueAsync(code, FiveMinutes));

    private async Task<ICaptchaGrain> IssueAsync(string code, TimeSpan lifetime)
    {
        var captcha = _silo.Grains().GetGrain<ICaptchaGrain>(Guid.NewGuid());
        await captcha.IssueAsync(code, lifetime);
        return captcha;
    }
}
