using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.UnitTests.Integrity;

/// <summary>A page names its signal exactly; numbers, combinations, other cases and the server's own signal are refused.</summary>
public sealed class ProctoringSignalsTests
{
    [Theory]
    [InlineData("TabHidden", ProctoringSignal.TabHidden)]
    [InlineData("ContextMenuOpened", ProctoringSignal.ContextMenuOpened)]
    public void ExactName_ShouldBeAccepted(string name, ProctoringSignal expected)
    {
        Assert.True(ProctoringSignals.TryParsePageSignal(name, out var signal));
        Assert.Equal(expected, signal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("tabhidden")]
    [InlineData("TabHidden,TabVisible")]
    [InlineData("SecondSession")]
    [InlineData("99")]
    public void AnythingElse_ShouldBeRefused(string? name) => Assert.False(ProctoringSignals.TryParsePageSignal(name, out _));
}
