using Mooc.LoadTests.Cli;

namespace Mooc.UnitTests.LoadTests;

public sealed class SittingOptionsTests
{
    private static readonly string[] Base = ["ujian-massal", "--url", "http://127.0.0.1:5080", "--captcha", "UJI42", "--database", "Host=127.0.0.1"];

    [Fact]
    public void SittingOptions_WithSetup_ShouldBeRead()
    {
        var result = OptionsParser.Parse([.. Base, "--setup", "--sitting-wave-size", "50", "--sitting-wave-interval", "5", "--sitting-duration", "15"]);

        Assert.Null(result.Error);
        var exam = result.Options!.Exam;
        Assert.Equal((true, 50, 5, 15), (exam.UsesSitting, exam.SittingWaveSize, exam.SittingWaveInterval, exam.SittingDuration));
    }

    [Theory]
    [InlineData("--sitting-wave-size needs --setup", "--sitting-wave-size", "50")]
    [InlineData("--sitting-wave-size must be a whole number from 1 to 100000", "--setup", "--sitting-wave-size", "0")]
    [InlineData("--sitting-wave-interval must be a whole number from 0 to 600", "--setup", "--sitting-wave-size", "5", "--sitting-wave-interval", "601")]
    [InlineData("need --sitting-wave-size", "--setup", "--sitting-wave-interval", "5")]
    public void BadSittingOptions_ShouldBeRefusedWithAReason(string reason, params string[] args)
    {
        var result = OptionsParser.Parse([.. Base, .. args]);

        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSittingOptions_TheRunShouldNotUseASitting()
    {
        Assert.False(OptionsParser.Parse([.. Base, "--setup"]).Options!.Exam.UsesSitting);
    }
}
