using Mooc.WebFrontend.Accounts.Captcha;

namespace Mooc.UnitTests.Accounts;

public sealed class CaptchaCodeGeneratorTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    public void GeneratedCode_ShouldHaveTheConfiguredLength(int length) =>
        Assert.Equal(length, new CaptchaCodeGenerator(new CaptchaOptions { Length = length }).Next().Length);

    [Fact]
    public void Alphabet_ShouldHoldNoLookAlikes()
    {
        foreach (var lookAlike in "0O1IL5S2Z8B")
        {
            Assert.DoesNotContain(lookAlike, CaptchaCodeGenerator.Alphabet);
        }
    }

    [Fact]
    public void GeneratedCodes_ShouldUseOnlyTheAlphabet()
    {
        var generator = new CaptchaCodeGenerator(new CaptchaOptions { Length = 8 });
        var characters = Enumerable.Range(0, 200).SelectMany(_ => generator.Next()).ToHashSet();

        Assert.Subset(CaptchaCodeGenerator.Alphabet.ToHashSet(), characters);
    }

    [Fact]
    public void HundredCodes_ShouldBeMostlyDistinct()
    {
        var generator = new CaptchaCodeGenerator(new CaptchaOptions());

        // 25^5 ≈ 9.8 million codes: a repeat among 100 is rare, more than a couple means the source is not random.
        Assert.True(Enumerable.Range(0, 100).Select(_ => generator.Next()).Distinct().Count() >= 98);
    }

    [Fact]
    public void ConfiguredTestCode_ShouldBeReturnedEveryTime()
    {
        var generator = new CaptchaCodeGenerator(new CaptchaOptions { TestCode = "UJI42" });

        Assert.All(Enumerable.Range(0, 5).Select(_ => generator.Next()), code => Assert.Equal("UJI42", code));
    }
}
