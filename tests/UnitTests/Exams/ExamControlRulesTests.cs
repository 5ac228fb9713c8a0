using Mooc.Grains.Abstractions.Exams;

namespace Mooc.UnitTests.Exams;

/// <summary>The argument rules of the admin's exam controls, which the board hub applies before it fans out to a whole training.</summary>
public sealed class ExamControlRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingReason_ShouldBeRefused(string? reason) =>
        Assert.Equal("Alasan wajib diisi.", ExamControlRules.RefuseReason(reason));

    [Fact]
    public void ReasonOverTheLimit_ShouldBeRefusedAndOneAtTheLimitTaken()
    {
        Assert.Equal("Alasan paling panjang 500 karakter.", ExamControlRules.RefuseReason(new string('x', AdminAction.MaxReasonLength + 1)));
        Assert.Null(ExamControlRules.RefuseReason(new string('x', AdminAction.MaxReasonLength)));
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-5)]
    [InlineData(0)]
    [InlineData(121)]
    [InlineData(int.MaxValue)]
    public void ExtensionOutOfRange_ShouldBeRefused(int minutes) =>
        Assert.Equal("Tambahan waktu harus antara 1 dan 120 menit.", ExamControlRules.RefuseExtension(minutes));

    [Theory]
    [InlineData(1)]
    [InlineData(120)]
    public void ExtensionInRange_ShouldBeTaken(int minutes) => Assert.Null(ExamControlRules.RefuseExtension(minutes));
}
