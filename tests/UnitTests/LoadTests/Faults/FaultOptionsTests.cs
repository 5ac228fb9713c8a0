using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Faults;

namespace Mooc.UnitTests.LoadTests.Faults;

public sealed class FaultOptionsTests
{
    private static readonly string[] Base = ["ujian-massal", "--url", "http://127.0.0.1:5080", "--captcha", "UJI42", "--database", "Host=127.0.0.1", "--duration", "300"];

    [Fact]
    public void FaultSpec_ShouldSplitItsWordsAndTime()
    {
        Assert.Null(FaultSpec.TryParse("kill-silo  2@40", out var fault));

        Assert.Equal("kill-silo 2", fault!.Spec);
        Assert.Equal(["kill-silo", "2"], fault.Arguments);
        Assert.Equal(TimeSpan.FromSeconds(40), fault.At);
    }

    [Fact]
    public void FaultSpec_ShouldTakeTheLastAtSignAndFractionalSeconds()
    {
        Assert.Null(FaultSpec.TryParse("note a@b@12.5", out var fault));

        Assert.Equal(["note", "a@b"], fault!.Arguments);
        Assert.Equal(TimeSpan.FromSeconds(12.5), fault.At);
    }

    [Theory]
    [InlineData("kill-silo 2", "needs the time")]
    [InlineData("@40", "no SPEC")]
    [InlineData("kill-silo 2@soon", "is not a number of seconds")]
    [InlineData("kill-silo 2@-3", "is not a number of seconds")]
    public void BadFaultSpec_ShouldBeRefusedWithAReason(string raw, string reason)
    {
        Assert.Contains(reason, FaultSpec.TryParse(raw, out _), StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedFaults_ShouldBeReadInTimeOrderWithTheGivenCommand()
    {
        var result = OptionsParser.Parse([.. Base, "--fault", "restart-postgres@90", "--fault", "kill-silo 2@40", "--fault-command", "bash /tmp/fault.sh"]);

        Assert.Null(result.Error);
        var exam = result.Options!.Exam;
        Assert.Equal(["kill-silo 2", "restart-postgres"], exam.Faults.Select(f => f.Spec));
        Assert.Equal(["bash", "/tmp/fault.sh"], exam.FaultCommand);
    }

    [Fact]
    public void DefaultFaultCommand_ShouldBeTheRepositorysMoocScript()
    {
        var result = OptionsParser.Parse([.. Base, "--fault", "kill-frontend 1@30"]);

        Assert.Null(result.Error);
        var command = result.Options!.Exam.FaultCommand;
        Assert.Equal("bash", command[0]);
        Assert.True(File.Exists(command[1]) && Path.GetFileName(command[1]) == "mooc", command[1]);
        Assert.Equal("fault", command[2]);
    }

    [Theory]
    [InlineData("would start after the run ends", "--fault", "kill-silo 1@300")]
    [InlineData("needs at least one --fault", "--fault-command", "true")]
    [InlineData("--resend-limit-seconds must be a whole number from 1 to 3600", "--resend-limit-seconds", "0")]
    [InlineData("--deadline-tolerance-seconds must be a whole number from 0 to 600", "--deadline-tolerance-seconds", "x")]
    public void BadFaultOptions_ShouldBeRefusedWithAReason(string reason, params string[] args)
    {
        Assert.Contains(reason, OptionsParser.Parse([.. Base, .. args]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ResendLimitAndTolerance_ShouldBeReadWithTheirDefaults()
    {
        var defaults = OptionsParser.Parse(Base).Options!.Exam;
        var given = OptionsParser.Parse([.. Base, "--resend-limit-seconds", "30", "--deadline-tolerance-seconds", "17", "--label", "2 silos + 2 frontends"]).Options!;

        Assert.Equal((TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(2)), (defaults.ResendLimit, defaults.DeadlineTolerance));
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(17)), (given.Exam.ResendLimit, given.Exam.DeadlineTolerance));
        Assert.Equal("2 silos + 2 frontends", given.Label);
    }

    [Fact]
    public void CommandOutput_ShouldKeepItsEndAndFindTheTrailingJsonObject()
    {
        var longOutput = new string('x', 10_000) + "\nlast";

        Assert.EndsWith("last", FaultCommandRunner.Trim(longOutput), StringComparison.Ordinal);
        Assert.True(FaultCommandRunner.Trim(longOutput).Length <= FaultCommandRunner.OutputLimit + 1);
        Assert.NotNull(FaultCommandRunner.AsJsonObject("""{"fault":"kill-silo","target":"silo-2","pid":1234}"""));
        Assert.Null(FaultCommandRunner.AsJsonObject("{not json"));
        Assert.Null(FaultCommandRunner.AsJsonObject("killed silo-2"));
    }
}
