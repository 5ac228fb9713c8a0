using System.Text.RegularExpressions;
using Mooc.Grains.Abstractions.Certificates;

namespace Mooc.UnitTests.Certificates;

public sealed class CertificateNumberTests
{
    [Fact]
    public void New_ShouldPrintSixteenCrockfordSymbolsInFourGroupsAndReadBackAsItself()
    {
        for (var i = 0; i < 200; i++)
        {
            var number = CertificateNumber.New();
            Assert.Matches(new Regex("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"), number);
            Assert.True(CertificateNumber.TryNormalise(number, out var read));
            Assert.Equal(number, read);
        }
    }

    [Fact]
    public void New_ShouldNotRepeatAndUseEverySymbol()
    {
        var numbers = Enumerable.Range(0, 5_000).Select(_ => CertificateNumber.New()).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        // 80 random bits: every one of the 32 symbols turns up in every position over 5,000 numbers.
        var symbols = numbers.Select(n => n.Replace("-", "", StringComparison.Ordinal)).ToList();
        for (var position = 0; position < 16; position++)
        {
            Assert.Equal(32, symbols.Select(s => s[position]).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("7k3q-9xht-2mva-pd4e", "7K3Q-9XHT-2MVA-PD4E")]
    [InlineData("7K3Q9XHT2MVAPD4E", "7K3Q-9XHT-2MVA-PD4E")]
    [InlineData(" 7K3Q 9XHT 2MVA PD4E ", "7K3Q-9XHT-2MVA-PD4E")]
    [InlineData("7K3Q-9XHT-2MVA-PD4E", "7K3Q-9XHT-2MVA-PD4E")]
    [InlineData("OK3Q-9XHT-2MVA-PDIL", "0K3Q-9XHT-2MVA-PD11")]
    public void TryNormalise_TypedVariants_ShouldReadAsThePrintedNumber(string typed, string printed)
    {
        Assert.True(CertificateNumber.TryNormalise(typed, out var number));
        Assert.Equal(printed, number);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("7K3Q-9XHT-2MVA")]
    [InlineData("7K3Q-9XHT-2MVA-PD4E-X")]
    [InlineData("7K3Q-9XHT-2MVA-PD4U")]
    [InlineData("7K3Q-9XHT-2MVA-PD4*")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("../../etc/passwd")]
    public void TryNormalise_NotANumber_ShouldBeRefused(string? typed)
    {
        Assert.False(CertificateNumber.TryNormalise(typed, out var number));
        Assert.Equal("", number);
    }

    [Fact]
    public void TryNormalise_HugeInput_ShouldBeRefusedWithoutReadingIt()
    {
        Assert.False(CertificateNumber.TryNormalise(new string('1', 100_000), out _));
    }
}
